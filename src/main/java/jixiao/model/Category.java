package jixiao.model;

/** 一级指标: the three first-level indicator categories of the self-evaluation table. */
public enum Category {
    OUTPUT("产出指标", "output"),
    BENEFIT("效益指标", "benefit"),
    SATISFACTION("满意度指标", "satisfaction");

    private final String label;
    private final String weightKey;

    Category(String label, String weightKey) {
        this.label = label;
        this.weightKey = weightKey;
    }

    /** The Chinese name as printed in the table. */
    public String label() {
        return label;
    }

    /** The key of this category's default weight under {@code weights} in policy.yaml. */
    public String weightKey() {
        return weightKey;
    }

    public static Category fromLabel(String label) {
        for (Category c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException(label);
    }
}

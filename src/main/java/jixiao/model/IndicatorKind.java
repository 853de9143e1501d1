package jixiao.model;

/** 指标性质: how an actual value is compared with its target. */
public enum IndicatorKind {
    AT_LEAST(">="),
    AT_MOST("<="),
    EQUAL("="),
    QUALITATIVE("qualitative");

    private final String symbol;

    IndicatorKind(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The comparator as the table prints it: ≥, ≤, = (empty for qualitative). */
    public String sign() {
        return switch (this) {
            case AT_LEAST -> "≥";
            case AT_MOST -> "≤";
            case EQUAL -> "=";
            case QUALITATIVE -> "";
        };
    }

    public boolean isQuantitative() {
        return this != QUALITATIVE;
    }

    public static IndicatorKind fromSymbol(String symbol) {
        for (IndicatorKind k : values()) {
            if (k.symbol.equals(symbol)) {
                return k;
            }
        }
        throw new IllegalArgumentException(symbol);
    }
}

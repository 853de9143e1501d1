package jixiao.record;

/** What ran a check besides its rules: jixiao, Drools, Java and the operating system, as each names itself. */
public record Versions(String jixiao, String drools, String java, String os) {

    public static Versions current(String tool) {
        Package drools = org.kie.api.KieServices.class.getPackage();
        String droolsVersion = drools == null ? null : drools.getImplementationVersion();
        return new Versions(tool, droolsVersion == null ? "unknown" : droolsVersion,
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")");
    }
}

package tcplab.view;

/**
 * The JavaFX rendering properties the lab sets for itself before the toolkit starts, however it
 * was started (the packaged launcher, {@code java -jar}, the frame benchmark); one given on the
 * command line with {@code -D} wins.
 */
public final class RenderingDefaults {

    /**
     * JavaFX draws rounded region backgrounds once into a shared 2048x1024 texture: 8 MB of Java
     * heap in software rendering, for no measurable gain in the frame benchmark (installer/README.md).
     */
    static final String REGION_CACHING_OFF = "prism.disableRegionCaching";

    private RenderingDefaults() {
    }

    /** Sets the lab's defaults; call before JavaFX starts, which reads them once. */
    public static void apply() {
        if (System.getProperty(REGION_CACHING_OFF) == null) {
            System.setProperty(REGION_CACHING_OFF, "true");
        }
    }
}

package dk.kk.tillid.bake;

/** What {@code new} writes where the editor must still write: a published page holding it is an error. */
public final class Placeholder {
    public static final String TEXT = "UDFYLD";

    private Placeholder() {
    }
}

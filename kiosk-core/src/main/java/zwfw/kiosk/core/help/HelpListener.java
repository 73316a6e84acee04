package zwfw.kiosk.core.help;

/** Hears each change of the citizen's call for help; called on the help service's thread, never the screen's. */
@FunctionalInterface
public interface HelpListener {
    HelpListener NONE = u -> { };

    void helpUpdate(HelpUpdate update);
}

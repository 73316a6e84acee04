package zwfw.kiosk.core.speech;

import java.util.function.Supplier;
import zwfw.kiosk.core.visit.Milestone;
import zwfw.kiosk.core.visit.VisitChange;
import zwfw.kiosk.core.visit.VisitListener;

/**
 * When a visit ends the voice stops and its loudness goes back to normal: the next citizen must not be greeted
 * at the volume the last one chose, nor hear the end of the last one's screen.
 */
public final class VoiceResetsWithVisit implements VisitListener {
    private final Supplier<SpeechEngine> speech;

    /** {@code speech}: the voice in use when a visit ends (it may be swapped). */
    public VoiceResetsWithVisit(Supplier<SpeechEngine> speech) {
        this.speech = speech;
    }

    @Override
    public void changed(VisitChange change) {
        if (change.milestones().stream().anyMatch(Milestone.VisitEnded.class::isInstance)) {
            speech.get().volume(SpeechVolume.NORMAL);
        }
    }
}

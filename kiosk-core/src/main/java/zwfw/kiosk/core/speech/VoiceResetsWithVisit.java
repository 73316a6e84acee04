package zwfw.kiosk.core.speech;

import zwfw.kiosk.core.visit.Milestone;
import zwfw.kiosk.core.visit.VisitChange;
import zwfw.kiosk.core.visit.VisitListener;

/**
 * When a visit ends the voice stops and its loudness goes back to normal: the next citizen must not be greeted
 * at the volume the last one chose, nor hear the end of the last one's screen.
 */
public final class VoiceResetsWithVisit implements VisitListener {
    private final SpeechEngine speech;

    public VoiceResetsWithVisit(SpeechEngine speech) {
        this.speech = speech;
    }

    @Override
    public void changed(VisitChange change) {
        if (change.milestones().stream().anyMatch(Milestone.VisitEnded.class::isInstance)) {
            speech.volume(SpeechVolume.NORMAL);
        }
    }
}

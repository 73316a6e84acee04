package zwfw.kiosk.core.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.core.visit.Visit;
import zwfw.kiosk.core.visit.VisitEvent;
import zwfw.kiosk.core.visit.VisitEvent.Action;
import zwfw.kiosk.core.visit.VisitRules;

/** One tracker's records reach every listener told: the usage store and the metrics count the same visits. */
class VisitRecordsTest {
    private final Visit visit = new Visit(new VisitRules(false));
    private final VisitRecords records = new VisitRecords(Clock.systemUTC(), () -> "zh");

    /** What one listener heard: starts and finished visits. */
    private static final class Heard implements VisitRecordListener {
        int started;
        final List<VisitRecord> finished = new ArrayList<>();

        @Override
        public void visitStarted() {
            started++;
        }

        @Override
        public void visitFinished(VisitRecord record) {
            finished.add(record);
        }
    }

    private void touch(Action a) {
        visit.accept(new VisitEvent.Touched(a));
    }

    @Test
    void everyListenerToldBeforeAVisitHearsItsStartAndTheVerySameRecord() {
        Heard store = new Heard();
        Heard metrics = new Heard();
        visit.subscribe(records.tell(store).tell(metrics));
        touch(new Action.Start());
        touch(new Action.EndVisit());
        assertEquals(1, store.started);
        assertEquals(1, metrics.started);
        assertEquals(1, store.finished.size());
        assertSame(store.finished.get(0), metrics.finished.get(0), "one tracker: one record for both");
        assertEquals(VisitRecord.Outcome.ABANDONED, store.finished.get(0).outcome());
    }

    @Test
    void aListenerToldDuringAVisitHearsOnlyWholeVisitsFromTheNextOn() {
        Heard store = new Heard();
        visit.subscribe(records.tell(store));
        touch(new Action.Start());
        Heard late = new Heard(); // as the metrics endpoint, started on its own thread, may join
        records.tell(late);
        touch(new Action.EndVisit());
        assertEquals(0, late.started);
        assertEquals(List.of(), late.finished, "the visit under way was not heard from its start");
        touch(new Action.Start());
        touch(new Action.EndVisit());
        assertEquals(1, late.started);
        assertEquals(1, late.finished.size());
        assertEquals(2, store.finished.size());
    }
}

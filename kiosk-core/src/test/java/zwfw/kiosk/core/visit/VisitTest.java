package zwfw.kiosk.core.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.core.visit.VisitEvent.Action;

/** The running visit: events from many threads are taken one at a time and published as one ordered stream. */
class VisitTest {

    @Test
    void eventsFromDeviceThreadsAndTheScreenAreTakenOneAtATimeAndPublishedInOrder() throws Exception {
        Visit visit = new Visit(new VisitRules(false));
        List<VisitChange> stream = new CopyOnWriteArrayList<>();
        List<VisitEffect> effects = new CopyOnWriteArrayList<>();
        visit.subscribe(stream::add);
        visit.effectsTo(effects::add);
        ExecutorService devices = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            done.add(devices.submit(() -> {
                go.await();
                for (int i = 0; i < 250; i++) {
                    visit.accept(switch ((thread + i) % 4) {
                        case 0 -> new VisitEvent.CardRead(Visits.APPLICANT);
                        case 1 -> Visits.touch(new Action.ChooseService(Visits.SELF_ONLY));
                        case 2 -> Visits.touch(new Action.FormDone(Visits.FORM));
                        default -> Visits.touch(new Action.EndVisit());
                    });
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(30, TimeUnit.SECONDS);
        }
        devices.shutdown();

        assertTrue(stream.size() > 10, "the visits went somewhere: " + stream.size());
        VisitState previous = stream.get(0).before();
        assertEquals(0, previous.number());
        for (VisitChange c : stream) {
            assertSame(previous, c.before(), "each change starts where the one before ended");
            previous = c.after();
        }
        assertSame(previous, visit.state());
        long started = stream.stream().flatMap(c -> c.milestones().stream()).filter(Milestone.VisitStarted.class::isInstance).count();
        long ended = stream.stream().flatMap(c -> c.milestones().stream()).filter(Milestone.VisitEnded.class::isInstance).count();
        assertEquals(started, ended + (visit.state().step().inVisit() ? 1 : 0), "every visit that started ended, but the open one");
        assertEquals(ended, effects.stream().filter(VisitEffect.EndVisit.class::isInstance).count());
    }

    @Test
    void anEventTheStepDoesNotTakeIsNotPublished() {
        Visit visit = new Visit(new VisitRules(false));
        List<VisitChange> stream = new CopyOnWriteArrayList<>();
        visit.subscribe(stream::add);
        Transition t = visit.accept(Visits.touch(new Action.Confirm()));
        assertSame(visit.state(), t.next());
        assertTrue(stream.isEmpty());
    }
}

package zwfw.kiosk.core.visit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The citizen's visit, running: the current {@link VisitState}, changed only by {@link #accept}
 * through {@link VisitRules}. Devices, the screen and the effect executor deliver events on their own
 * threads; the visit takes them one at a time (a lock), publishes each change to its listeners in
 * order (one stream: the screen, usage counting, later an event store), then hands the rules'
 * effects to the executor. A test or benchmark drives it with events alone.
 */
public final class Visit {
    private static final Logger log = LoggerFactory.getLogger(Visit.class);
    private final VisitRules rules;
    private final List<VisitListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Consumer<VisitEffect> effects = e -> log.debug("no executor for {}", e);
    private VisitState state;

    public Visit(VisitRules rules) {
        this.rules = rules;
        this.state = rules.initial();
    }

    /** Where effects go ({@link VisitEffects}); it must not block. */
    public void effectsTo(Consumer<VisitEffect> executor) {
        this.effects = executor;
    }

    public void subscribe(VisitListener listener) {
        listeners.add(listener);
    }

    public void unsubscribe(VisitListener listener) {
        listeners.remove(listener);
    }

    public synchronized VisitState state() {
        return state;
    }

    /** Takes one event; returns what it did (unchanged when the current step does not accept it). */
    public synchronized Transition accept(VisitEvent event) {
        VisitState before = state;
        Transition t = rules.apply(before, event);
        state = before.equals(t.next()) ? before : t.next(); // an equal state is no change: listeners saw this one
        if (!before.equals(state) || !t.milestones().isEmpty()) {
            if (before.step() != state.step() && !before.step().equals(state.step())) {
                log.debug("visit {}: {} → {} on {}", state.number(), before.step(), state.step(), event);
            }
            VisitChange change = new VisitChange(before, event, state, t.milestones());
            for (VisitListener l : listeners) {
                try {
                    l.changed(change);
                } catch (RuntimeException e) {
                    log.error("visit listener failed on {}", event, e);
                }
            }
        }
        Consumer<VisitEffect> executor = effects;
        t.effects().forEach(executor);
        return t;
    }
}

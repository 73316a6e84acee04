package zwfw.kiosk.core.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event in every step: a step takes exactly the events listed for it here and leaves the
 * visit as it was (same step, same data, no effect, nothing counted) for all others.
 */
class VisitRulesTableTest {
    /**
     * Taken on every step of a visit: 返回首页, the idle timeout, the platform's LOCK, and 长辈版 switched
     * on (it is off in these states; switching it off changes nothing).
     */
    private static final Set<String> ANY_VISIT_STEP = Set.of("EndVisit", "ElderlyMode(on)", "IdleTimeout", "ServiceChanged(platform LOCK)");

    private static final Map<String, Set<String>> ACCEPTS = Map.ofEntries(
            // A case answered when no visit is open belongs to a visit that ended: its case is released.
            Map.entry("attract", Set.of("CardRead", "CodeScanned(login)", "CodeScanned(receipt)", "Start", "ServiceChanged(staff lock)",
                    "ServiceChanged(platform LOCK)", "CaseAnswered", "ElderlyMode(on)")),
            // The reminder to take a card: the next citizen may start (never with the card left there).
            Map.entry("takeYourThings", Set.of("CardRead", "CodeScanned(login)", "CodeScanned(receipt)", "Start", "CardTaken",
                    "CaseAnswered", "ElderlyMode(on)")),
            Map.entry("outOfService", Set.of("ServiceChanged(in service)", "CaseAnswered", "ElderlyMode(on)")),
            Map.entry("home", visit("ChooseService", "OpenProgress", "CardRead", "CardUnreadable", "CodeScanned(login)",
                    "CodeScanned(receipt)")),
            Map.entry("progress", visit("CodeScanned(login)", "CodeScanned(receipt)")),
            Map.entry("identify(self)", visit("CardRead", "CardUnreadable", "CodeScanned(login)", "CodeScanned(receipt)", "OnBehalf")),
            Map.entry("identify(agent)", visit("CardRead", "CardUnreadable", "CodeScanned(login)", "CodeScanned(receipt)")),
            Map.entry("identify(applicant)", visit("CardRead", "CardUnreadable", "CodeScanned(login)", "CodeScanned(receipt)")),
            Map.entry("form", visit("FormDone")),
            Map.entry("review", visit("Confirm", "Edit", "DeviceChanged(paper out)")),
            Map.entry("submitting", visit("CaseAnswered")),
            Map.entry("result", visit("PrintFinished", "Evaluate", "Finish")),
            Map.entry("evaluation", visit("Rate", "SkipEvaluation")),
            Map.entry("thanks", visit("Finish")));

    private static Set<String> visit(String... own) {
        Set<String> all = new java.util.HashSet<>(ANY_VISIT_STEP);
        all.addAll(List.of(own));
        return all;
    }

    static Stream<Arguments> everyEventInEveryStep() {
        List<Arguments> all = new ArrayList<>();
        Visits.everyStep().forEach((step, state) -> Visits.everyEvent(state).forEach((name, event) ->
                all.add(Arguments.of(step, name, state, event))));
        return all.stream();
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyEventInEveryStep")
    void aStepTakesOnlyTheEventsItAccepts(String step, String event, VisitState before, VisitEvent e) {
        assertTrue(ACCEPTS.containsKey(step), "the table names " + step);
        Transition t = new VisitRules(false).apply(before, e);
        VisitState after = t.next();
        boolean changed = !after.step().equals(before.step()) || !after.data().equals(before.data())
                || after.elderly() != before.elderly() || after.number() != before.number()
                || !t.effects().isEmpty() || !t.milestones().isEmpty();
        assertEquals(ACCEPTS.get(step).contains(event), changed,
                step + " × " + event + " → " + after.step() + " " + t.effects() + " " + t.milestones());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stepsOfAVisit")
    void theIdleTimeoutEndsTheVisitOnEveryStepAndDropsWhatItHeld(String step, VisitState before) {
        Transition t = new VisitRules(false).apply(before, new VisitEvent.IdleTimeout());
        assertEquals(new Step.Attract(), t.next().step());
        assertTrue(t.next().data().isEmpty());
        VisitEffect.EndVisit end = t.effects().stream().filter(VisitEffect.EndVisit.class::isInstance)
                .map(VisitEffect.EndVisit.class::cast).findFirst().orElseThrow();
        assertTrue(end.ended() == before.data(), "the ended visit's data is handed over to be wiped");
        assertEquals(Milestone.EndReason.TIMEOUT, t.milestones().stream().filter(Milestone.VisitEnded.class::isInstance)
                .map(Milestone.VisitEnded.class::cast).findFirst().orElseThrow().reason());
    }

    static Stream<Arguments> stepsOfAVisit() {
        return Visits.everyStep().entrySet().stream().filter(e -> e.getValue().step().inVisit())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }
}

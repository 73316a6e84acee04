package zwfw.kiosk.core.visit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import zwfw.kiosk.core.availability.OutOfServiceReason;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.identity.QrLogin;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.platform.Person;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceStatus;

/**
 * Everything that can happen to a visit: device input, the citizen's touches, the idle countdown,
 * the kiosk's service state, and the answers of slow work the visit asked for ({@link Answer}).
 * The current step takes what it accepts and ignores the rest. {@link #toString()} of an event with
 * a person shows no personal data ({@link Person#toString()} masks it).
 */
public sealed interface VisitEvent {

    /**
     * A card's holder was read: an ID card, or a social security card. {@code card} says which reader
     * holds it now (null when not known), so the citizen can be reminded to take it.
     */
    record CardRead(Person person, Belonging card) implements VisitEvent {
        public CardRead(Person person) {
            this(person, null);
        }
    }

    /** The card was taken off (out of) its reader. */
    record CardTaken(Belonging card) implements VisitEvent {
    }

    /**
     * A card is on a reader but could not be read; {@code card} says which reader (null when not known), so the
     * citizen is reminded to take it as any card read.
     */
    record CardUnreadable(Belonging card) implements VisitEvent {
        public CardUnreadable() {
            this(null);
        }
    }

    /** The code scanner read {@code text}. */
    record CodeScanned(String text) implements VisitEvent {
        @Override
        public String toString() {
            return "CodeScanned[" + (text == null ? 0 : text.length()) + " chars]"; // may be a login token
        }
    }

    /** The citizen touched something on the screen that means {@code action}. */
    record Touched(Action action) implements VisitEvent {
    }

    /** The idle countdown ran out: the citizen has gone. */
    record IdleTimeout() implements VisitEvent {
    }

    /** A device's status changed (or is told for the first time). */
    record DeviceChanged(DeviceKind kind, DeviceStatus status) implements VisitEvent {
    }

    /** Why the kiosk does not serve now (empty: it serves): locks, devices down, a failed start. */
    record ServiceChanged(Set<OutOfServiceReason> reasons) implements VisitEvent {
    }

    /** The answer of work the visit asked for; {@link #visit()} is the number of the visit that asked. */
    sealed interface Answer extends VisitEvent {
        long visit();
    }

    /** The platform's answer to a scanned login code. */
    record QrLoginAnswered(long visit, QrLogin.Outcome outcome) implements Answer {
    }

    /** The case was committed and tried once: delivered, queued or rejected. */
    record CaseAnswered(long visit, SubmitOutcome outcome) implements Answer {
    }

    /** The receipt was printed, or could not be ({@code problemKey} says why: no printer, no paper, failed). */
    record PrintFinished(long visit, boolean printed, String problemKey) implements Answer {
    }

    /** Pages of the case's documents printed so far ({@code pagesDone} of {@code pagesTotal}, copies included). */
    record DocumentProgress(long visit, int pagesDone, int pagesTotal) implements Answer {
    }

    /** The case's documents were printed, or could not be ({@code problemKey} says why: printer, fetch, job). */
    record DocumentsFinished(long visit, boolean printed, String problemKey) implements Answer {
    }

    /** What a touch on the screen means. */
    sealed interface Action {
        /** A tap on the attract screen. */
        record Start() implements Action {
        }

        record ChooseService(ServiceItem service) implements Action {
        }

        /** 办件进度查询 on the home screen. */
        record OpenProgress() implements Action {
        }

        /** "为他人代办" (filing for oneself is the default): on the identify screen, or on the form once identified. */
        record OnBehalf() implements Action {
        }

        /** The form is complete: its values as typed, by field name. */
        record FormDone(Map<String, String> values) implements Action {
            public FormDone {
                values = Map.copyOf(values);
            }

            @Override
            public String toString() {
                return "FormDone[" + values.size() + " fields]";
            }
        }

        /** "确认提交" on the review screen. */
        record Confirm() implements Action {
        }

        /** "返回修改" on the review screen. */
        record Edit() implements Action {
        }

        /** "评价" on the result screen. */
        record Evaluate() implements Action {
        }

        /** "完成" on the result screen. */
        record Finish() implements Action {
        }

        /** An evaluation given: level 1..5, the reasons' texts as sent, the comment (may be empty). */
        record Rate(int level, List<String> tags, String comment) implements Action {
            public Rate {
                tags = List.copyOf(tags);
                comment = comment == null ? "" : comment;
            }

            @Override
            public String toString() {
                return "Rate[level=" + level + ", tags=" + tags.size() + "]"; // the comment is the citizen's own words
            }
        }

        /** "跳过" on the evaluation screen: no evaluation, the thank-you all the same. */
        record SkipEvaluation() implements Action {
        }

        /** "返回首页": the citizen ends the visit. */
        record EndVisit() implements Action {
        }

        /** "长辈版" on or off (large type, fewer things per page, spoken prompts); the next visit starts as configured. */
        record ElderlyMode(boolean on) implements Action {
        }
    }
}

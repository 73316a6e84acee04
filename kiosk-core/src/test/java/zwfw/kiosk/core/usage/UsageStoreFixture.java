package zwfw.kiosk.core.usage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import zwfw.kiosk.core.storage.KioskDatabase;

/** A usage store in a real SQLite file, seeded deterministically, with a fixed clock in the kiosk's zone. */
final class UsageStoreFixture {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Sunday 2026-11-29, 15:30 in Shanghai. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T07:30:00Z"), ZONE);
    static final List<String> DEVICES = List.of("idcard", "printer", "scanner");
    static final List<UsageSeeder.Service> SERVICES = List.of(
            new UsageSeeder.Service("RS-0001", "区人力社保局", 5),
            new UsageSeeder.Service("YB-0002", "区医疗保障局", 3),
            new UsageSeeder.Service("GA-0002", "公安分局", 2),
            new UsageSeeder.Service("SJ-0001", "区市场监管局", 1));

    private UsageStoreFixture() {
    }

    static KioskDatabase open(Path dir) {
        return KioskDatabase.open(dir, UsageLog.migrations());
    }

    static UsageJournal seeded(KioskDatabase db, int days, int perDay) {
        UsageJournal journal = new UsageJournal(db);
        new UsageSeeder(journal, CLOCK, 42).seed(days, perDay, SERVICES, DEVICES);
        return journal;
    }
}

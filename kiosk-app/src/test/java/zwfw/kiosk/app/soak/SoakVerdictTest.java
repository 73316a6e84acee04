package zwfw.kiosk.app.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoakVerdictTest {
    private static List<SoakSample> heap(long... bytes) {
        List<SoakSample> s = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            s.add(new SoakSample(1000 + 500 * i, 1000L * i, bytes[i], 42, 112, 3, 279, 1L << 30, 9_000_000, 1_000_000));
        }
        return s;
    }

    @Test
    void oneReadingTakenWhileTheRendererHeldTheCollectorBackDoesNotFailTheHeap() {
        long mb = 1_000_000;
        List<SoakSample> s = heap(110 * mb, 110 * mb, 111 * mb, 110 * mb, 111 * mb, 110 * mb, 303 * mb, 110 * mb);
        assertTrue(SoakVerdict.slope(s, SoakSample::heapBytes) > 1024, "least squares reads the outlier as growth");
        assertEquals(List.of(), new SoakVerdict(SoakVerdict.Limits.defaults()).problems(s, 1000));
    }

    @Test
    void aSteadyLeakOfTwoKilobytesAVisitFailsEvenWithAnOutlier() {
        long[] bytes = new long[12];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = 110_000_000L + 2048L * 500 * i;
        }
        bytes[4] = 60_000_000L;
        List<String> problems = new SoakVerdict(SoakVerdict.Limits.defaults()).problems(heap(bytes), 1000);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("heap after full GC grows 2048 bytes per visit"), problems.get(0));
    }

    @Test
    void aCsvLineReadsBackAsTheSample() {
        SoakSample s = new SoakSample(2500, 635_400, 110_400_000, 42, 112, 3, 279, 1_281_800_000, 9_100_000, 900_000);
        assertEquals(s, SoakSample.parse(s.csvLine()));
    }
}

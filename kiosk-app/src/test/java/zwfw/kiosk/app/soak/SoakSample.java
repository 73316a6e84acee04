package zwfw.kiosk.app.soak;

import java.util.Locale;

/**
 * What the soak records after {@code visits} visits: the heap after a full GC, the kiosk's live threads (not the
 * embedded platform simulator's), open file
 * descriptors, SQLite handles (descriptors open on a {@code .db} file: one per connection), JavaFX nodes in
 * every window, resident set size, and the sizes of the data directory (without the embedded platform
 * simulator's own store, which is the platform's side) and of its logs.
 */
public record SoakSample(int visits, long elapsedMillis, long heapBytes, int threads, int fileDescriptors, int dbHandles,
                         int nodes, long rssBytes, long dataBytes, long logBytes) {

    public static final String CSV_HEADER =
            "visits,elapsed_s,heap_after_gc_bytes,threads,file_descriptors,db_handles,fx_nodes,rss_bytes,data_dir_bytes,log_bytes";

    /** A line of {@code soak.csv} back into a sample (to judge a finished run again). */
    public static SoakSample parse(String line) {
        String[] f = line.split(",");
        if (f.length != 10) {
            throw new IllegalArgumentException("not a soak.csv line: " + line);
        }
        return new SoakSample(Integer.parseInt(f[0]), Math.round(Double.parseDouble(f[1]) * 1000), Long.parseLong(f[2]),
                Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6]), Long.parseLong(f[7]),
                Long.parseLong(f[8]), Long.parseLong(f[9]));
    }

    public String csvLine() {
        return String.format(Locale.ROOT, "%d,%.1f,%d,%d,%d,%d,%d,%d,%d,%d", visits, elapsedMillis / 1000.0, heapBytes, threads,
                fileDescriptors, dbHandles, nodes, rssBytes, dataBytes, logBytes);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%6d visits %7.0f s  heap %6.1f MB  threads %3d  fds %4d  db %2d  nodes %5d  rss %6.1f MB  data %7.1f MB  logs %6.1f MB",
                visits, elapsedMillis / 1000.0, heapBytes / 1e6, threads, fileDescriptors, dbHandles, nodes, rssBytes / 1e6,
                dataBytes / 1e6, logBytes / 1e6);
    }
}

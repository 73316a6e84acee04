package zwfw.kiosk.core.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One forward step of one component's schema. Each capability owns a component name (e.g.
 * {@code outbox}) and numbers its steps 1, 2, 3…; a step runs once, in its own transaction.
 */
public record Migration(String component, int version, String description, Step step) {

    @FunctionalInterface
    public interface Step {
        void apply(Connection db) throws SQLException;
    }

    /** A step made of plain SQL statements. */
    public static Migration sql(String component, int version, String description, String... statements) {
        return new Migration(component, version, description, db -> {
            try (Statement s = db.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
        });
    }
}

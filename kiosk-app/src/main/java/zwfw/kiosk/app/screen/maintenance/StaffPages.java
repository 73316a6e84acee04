package zwfw.kiosk.app.screen.maintenance;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import zwfw.kiosk.core.access.StaffMember;
import zwfw.kiosk.core.access.StaffRole;

/**
 * The one hook that routes a staff member to their pages by role: a page factory per role. The
 * maintenance pages are built in; the administrator's screen ({@code screen.admin}) is joined here
 * with {@link #forRole}. A role without a page shows a note that its screen is not part of this build.
 */
public final class StaffPages {
    private final Map<StaffRole, Function<StaffMember, Node>> pages = new EnumMap<>(StaffRole.class);

    /** {@code page} builds the home page of members of {@code role} (on the FX thread, each time one enters). */
    public StaffPages forRole(StaffRole role, Function<StaffMember, Node> page) {
        pages.put(role, page);
        return this;
    }

    public Optional<Node> pageFor(StaffMember member) {
        return Optional.ofNullable(pages.get(member.role())).map(f -> f.apply(member));
    }
}

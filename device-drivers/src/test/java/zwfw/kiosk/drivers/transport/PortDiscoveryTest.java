package zwfw.kiosk.drivers.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.drivers.transport.pty.PseudoTerminal;

/** Ports offered through the extra glob: real pseudo-terminals with symlinks, as tests and labs offer them. */
class PortDiscoveryTest {
    @TempDir
    Path dir;

    @Test
    void pseudoTerminalLinksMatchingTheExtraGlobAreListedWithTheirTargets() throws Exception {
        try (PseudoTerminal a = PseudoTerminal.open(dir.resolve("kiosk-pty-a"));
             PseudoTerminal b = PseudoTerminal.open(dir.resolve("kiosk-pty-b"));
             PseudoTerminal other = PseudoTerminal.open(dir.resolve("unrelated"))) {
            List<PortDiscovery.Port> extra = PortDiscovery.present(Optional.of(dir + "/kiosk-pty-*")).stream()
                    .filter(p -> p.kind().equals("extra")).toList();
            assertEquals(List.of(new PortDiscovery.Port(a.portPath(), "extra", a.slavePath()),
                    new PortDiscovery.Port(b.portPath(), "extra", b.slavePath())), extra);
        }
    }

    @Test
    void theStandardPlacesAreLookedAtWithoutAnExtraGlob() {
        assertTrue(PortDiscovery.present(Optional.empty()).stream().noneMatch(p -> p.kind().equals("extra")));
        assertTrue(PortDiscovery.matching("/nonexistent-dir/tty*").isEmpty());
    }

    @Test
    void aRelativeOrOverlongGlobIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PortDiscovery.present(Optional.of("tmp/pty-*")));
        assertThrows(IllegalArgumentException.class, () -> PortDiscovery.present(Optional.of("/" + "x".repeat(300))));
    }
}

package zwfw.kiosk.app.cli.camera;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kioskctl camera …}: test the document camera (高拍仪). */
@Command(name = "camera",
        description = "Test the document camera (高拍仪).",
        mixinStandardHelpOptions = true,
        subcommands = {
                CameraCaptureCommand.class,
        })
public final class CameraCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

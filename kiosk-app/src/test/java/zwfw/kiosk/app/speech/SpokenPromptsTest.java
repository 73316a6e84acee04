package zwfw.kiosk.app.speech;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prompts go to the speech program as arguments, with the voice of the screen's language. */
class SpokenPromptsTest {
    @TempDir
    Path temp;

    @Test
    void aPromptRunsTheSpeechProgramWithTheMandarinOrEnglishVoice() throws Exception {
        Path out = temp.resolve("said.txt");
        Path program = temp.resolve("fake-espeak");
        Files.writeString(program, "#!/bin/sh\necho \"$@\" >> '" + out + "'\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
        SpokenPrompts speech = SpokenPrompts.using(program);
        speech.say("请选择要办理的事项", Locale.SIMPLIFIED_CHINESE);
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(out) && Files.readString(out).contains("事项"));
        assertEquals("-v cmn -s 140 -- 请选择要办理的事项", Files.readString(out).strip());
        speech.say("Please choose", Locale.ENGLISH);
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.readString(out).contains("Please choose"));
        assertEquals("-v en -s 140 -- Please choose", Files.readString(out).strip().lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void switchedOffThereIsNoSpeech() {
        assertFalse(SpokenPrompts.fromPath(false).available());
    }
}

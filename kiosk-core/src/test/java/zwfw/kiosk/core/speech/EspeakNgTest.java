package zwfw.kiosk.core.speech;

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

/** Prompts go to the speech program as arguments, in the Mandarin (pinyin) or English voice, at the visit's loudness. */
class EspeakNgTest {
    @TempDir
    Path temp;

    @Test
    void aPromptRunsTheSpeechProgramWithTheMandarinOrEnglishVoice() throws Exception {
        Path out = temp.resolve("said.txt");
        Path program = temp.resolve("fake-espeak");
        Files.writeString(program, "#!/bin/sh\necho \"$@\" >> '" + out + "'\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
        EspeakNg speech = EspeakNg.using(program);
        speech.say("请拨打 12345", Locale.SIMPLIFIED_CHINESE);
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(out) && Files.readString(out).contains("拨打"));
        assertEquals("-v cmn-latn-pinyin -s 140 -a 100 -- 请拨打 一二三四五", Files.readString(out).strip());
        speech.volume(SpeechVolume.LOUDEST);
        speech.say("Call 12345", Locale.ENGLISH);
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.readString(out).contains("Call"));
        assertEquals("-v en -s 140 -a 200 -- Call 1 2 3 4 5", Files.readString(out).strip().lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void switchedOffThereIsNoSpeech() {
        assertFalse(EspeakNg.fromPath(false).available());
    }
}

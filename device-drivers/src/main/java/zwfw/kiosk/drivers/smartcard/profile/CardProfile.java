package zwfw.kiosk.drivers.smartcard.profile;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.smartcard.ApduChannel;

/**
 * How to read a kind of card, as data: the application to select, then for each file the records
 * to read and how to decode them. {@link #readFrom} runs it over any {@link ApduChannel}.
 */
public record CardProfile(String name, String description, byte[] applicationId, List<CardFile> files) {

    public CardProfile {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        applicationId = applicationId.clone();
        if (applicationId.length < 1 || applicationId.length > 16) {
            throw new IllegalArgumentException("profile " + name + ": application id must be 1 to 16 bytes");
        }
        files = List.copyOf(files);
    }

    @Override
    public byte[] applicationId() {
        return applicationId.clone();
    }

    public byte[] selectApplicationCommand() {
        byte[] c = new byte[5 + applicationId.length];
        c[0] = 0x00;
        c[1] = (byte) 0xA4;
        c[2] = 0x04;
        c[3] = 0x00;
        c[4] = (byte) applicationId.length;
        System.arraycopy(applicationId, 0, c, 5, applicationId.length);
        return c;
    }

    public static byte[] selectFileCommand(int fileId) {
        return new byte[] {0x00, (byte) 0xA4, 0x02, 0x00, 0x02, (byte) (fileId >> 8), (byte) fileId};
    }

    public static byte[] readRecordCommand(CardRecord record) {
        return new byte[] {0x00, (byte) 0xB2, (byte) record.tag(), 0x00, (byte) (record.length() + 2)};
    }

    /**
     * Selects the application, then each file, reads each record and decodes it.
     *
     * @throws DeviceException a {@code CARD_…} status error naming the command, or {@code BAD_RECORD}
     *     when the card's answer does not match the profile (the value is never put in the message)
     */
    public CardIdentity readFrom(ApduChannel channel) throws DeviceException {
        channel.exchange(selectApplicationCommand(), "SELECT application "
                + HexFormat.of().withUpperCase().formatHex(applicationId));
        Map<String, String> fields = new LinkedHashMap<>();
        for (CardFile file : files) {
            channel.exchange(selectFileCommand(file.fileId()), "SELECT FILE " + file.idHex());
            for (CardRecord record : file.records()) {
                String what = "READ RECORD " + file.idHex() + "/" + String.format("%02X", record.tag()) + " (" + record.field() + ")";
                byte[] answer = channel.exchange(readRecordCommand(record), what);
                fields.put(record.field(), decode(record, answer, what));
            }
        }
        return new CardIdentity(name, fields);
    }

    private static String decode(CardRecord record, byte[] answer, String what) throws DeviceException {
        if (answer.length < 2 || (answer[0] & 0xFF) != record.tag()) {
            throw new DeviceException("BAD_RECORD", what + ": the answer does not start with the record's tag");
        }
        int len = answer[1] & 0xFF;
        if (len > answer.length - 2) {
            throw new DeviceException("BAD_RECORD", what + ": the answer is shorter than its length byte says");
        }
        byte[] value = java.util.Arrays.copyOfRange(answer, 2, 2 + len);
        try {
            return record.encoding().decode(value);
        } catch (IllegalArgumentException e) {
            throw new DeviceException("BAD_RECORD", what + ": " + e.getMessage());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardProfile p && p.name.equals(name) && java.util.Arrays.equals(p.applicationId, applicationId)
                && p.files.equals(files) && p.description.equals(description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, files) * 31 + java.util.Arrays.hashCode(applicationId);
    }

    @Override
    public String toString() {
        return "CardProfile[" + name + ", " + files.size() + " files]";
    }
}

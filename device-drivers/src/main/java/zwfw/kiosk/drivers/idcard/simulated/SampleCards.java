package zwfw.kiosk.drivers.idcard.simulated;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import zwfw.kiosk.drivers.idcard.card.CardType;
import zwfw.kiosk.drivers.idcard.card.Ethnicity;
import zwfw.kiosk.drivers.idcard.card.Gender;
import zwfw.kiosk.drivers.idcard.card.IdCard;

/**
 * Invented cards for the demo, the simulated reader and the emulator: well-formed (valid check
 * characters, real region and ethnicity codes) but belonging to nobody. The photos are filler
 * bytes of the right size, not WLT images.
 */
public final class SampleCards {

    private SampleCards() {
    }

    /** 居民身份证, 汉, male, valid 2015-03-04 to 2035-03-04. */
    public static IdCard resident() {
        return IdCard.builder(CardType.RESIDENT)
                .name("张三")
                .gender(Gender.MALE)
                .ethnicity(Ethnicity.ofCode("01"))
                .birthDate(LocalDate.of(1990, 1, 2))
                .address("浙江省温州市鹿城区五马街道示范路88号")
                .idNumber("330302199001021230")
                .issuer("温州市公安局鹿城分局")
                .validFrom(LocalDate.of(2015, 3, 4))
                .validTo(LocalDate.of(2035, 3, 4))
                .photo(filler(1))
                .build();
    }

    /** 居民身份证 valid without end (长期), 畲, female. */
    public static IdCard residentLongTerm() {
        return IdCard.builder(CardType.RESIDENT)
                .name("蓝秀英")
                .gender(Gender.FEMALE)
                .ethnicity(Ethnicity.ofCode("22"))
                .birthDate(LocalDate.of(1958, 8, 17))
                .address("浙江省温州市龙湾区永中街道样例巷3号")
                .idNumber("330304195808170047")
                .issuer("温州市公安局龙湾分局")
                .validFrom(LocalDate.of(2016, 5, 20))
                .noExpiry()
                .photo(filler(4))
                .build();
    }

    /** 外国人永久居留身份证, 2017 version (type {@code I}). */
    public static IdCard foreignPermanent() {
        return IdCard.builder(CardType.FOREIGN_PERMANENT)
                .englishName("MARTIN, CLAIRE ELIZABETH")
                .name("马丁克莱尔")
                .gender(Gender.FEMALE)
                .idNumber("CAN310085061512")
                .nationality("CAN")
                .birthDate(LocalDate.of(1985, 6, 15))
                .validFrom(LocalDate.of(2019, 7, 1))
                .validTo(LocalDate.of(2029, 6, 30))
                .cardVersion("17")
                .issuer("1500")
                .idNumberValid(true)
                .photo(filler(2))
                .build();
    }

    /** 港澳台居民居住证 (type {@code J}) of a Hong Kong resident. */
    public static IdCard hmtResidence() {
        return IdCard.builder(CardType.HMT_RESIDENCE)
                .name("陈嘉欣")
                .gender(Gender.FEMALE)
                .birthDate(LocalDate.of(1995, 5, 6))
                .address("广东省深圳市福田区华强北街道样例大厦12楼")
                .idNumber("81000019950506124X")
                .issuer("深圳市公安局")
                .validFrom(LocalDate.of(2021, 9, 1))
                .validTo(LocalDate.of(2026, 9, 1))
                .passNumber("H12345678")
                .issueCount(1)
                .photo(filler(3))
                .build();
    }

    /** The three card types, one each. */
    public static List<IdCard> all() {
        return List.of(resident(), foreignPermanent(), hmtResidence());
    }

    /** The sample of a type by its demo name: {@code resident}, {@code resident-long-term}, {@code foreign}, {@code hmt}. */
    public static IdCard named(String name) {
        return switch (name) {
            case "resident" -> resident();
            case "resident-long-term" -> residentLongTerm();
            case "foreign" -> foreignPermanent();
            case "hmt" -> hmtResidence();
            default -> throw new IllegalArgumentException("no sample card '" + name
                    + "' (known: resident, resident-long-term, foreign, hmt)");
        };
    }

    private static byte[] filler(long seed) {
        byte[] b = new byte[1024];
        new Random(seed).nextBytes(b);
        return b;
    }
}

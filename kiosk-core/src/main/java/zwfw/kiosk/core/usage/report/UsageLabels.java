package zwfw.kiosk.core.usage.report;

/** The Chinese names the report prints for the figures' keys (stages, steps, outcomes…); unknown keys as they are. */
final class UsageLabels {
    private UsageLabels() {
    }

    static String stage(String s) {
        return switch (s) {
            case "STARTED" -> "开始";
            case "SERVICE_CHOSEN" -> "选择事项";
            case "IDENTIFIED" -> "身份核验";
            case "FORM_FILLED" -> "填写表单";
            case "SUBMITTED" -> "提交办件";
            default -> s;
        };
    }

    static String step(String s) {
        return switch (s) {
            case "home" -> "首页 home";
            case "whose" -> "本人/代办 whose";
            case "identify" -> "身份核验 identify";
            case "form" -> "填写表单 form";
            case "review" -> "确认 review";
            case "submitting" -> "提交中 submitting";
            case "result" -> "结果 result";
            case "evaluation" -> "评价 evaluation";
            case "progress" -> "进度查询 progress";
            default -> s;
        };
    }

    static String outcome(String s) {
        return switch (s) {
            case "COMPLETED" -> "完成";
            case "ABANDONED" -> "中途返回首页";
            case "TIMED_OUT" -> "超时结束";
            case "INTERRUPTED" -> "被中断";
            default -> s;
        };
    }

    static String identification(String s) {
        return switch (s) {
            case "CARD" -> "身份证/社保卡";
            case "QR_CODE" -> "扫码";
            case "NONE" -> "未核验";
            default -> s;
        };
    }

    static String receipt(String s) {
        return switch (s) {
            case "PRINTED" -> "打印";
            case "SHOWN_AS_QR" -> "二维码";
            case "NONE" -> "无回执";
            default -> s;
        };
    }

    static String reason(String s) {
        return switch (s) {
            case "STAFF_LOCK" -> "工作人员暂停";
            case "PLATFORM_LOCK" -> "平台锁定";
            case "DEVICE_DOWN" -> "设备故障";
            case "CLOCK_WRONG" -> "时钟错误";
            case "START_FAILED" -> "启动失败";
            default -> s;
        };
    }

    static String level(int level) {
        return switch (level) {
            case 5 -> "5 非常满意";
            case 4 -> "4 满意";
            case 3 -> "3 基本满意";
            case 2 -> "2 不满意";
            default -> "1 非常不满意";
        };
    }

    static String duration(String bucket) {
        return switch (bucket) {
            case "lt1m" -> "<1分";
            case "lt3m" -> "1-3分";
            case "lt5m" -> "3-5分";
            case "lt10m" -> "5-10分";
            default -> "10分以上";
        };
    }
}

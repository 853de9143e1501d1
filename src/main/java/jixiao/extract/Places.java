package jixiao.extract;

/**
 * A place (a line, row or cell number of {@link ReportText}) written into a message while the message is made, and
 * turned into the report's own terms (第12行, 第3页第12行, 表2 第4行 第5列) once the report is read: the readers are
 * shared by every report and know none of them.
 */
final class Places {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    private Places() {
    }

    static String mark(int place) {
        return OPEN + Integer.toString(place) + CLOSE;
    }

    static String resolve(String message, ReportText text) {
        int open = message.indexOf(OPEN);
        if (open < 0) {
            return message;
        }
        StringBuilder out = new StringBuilder(message.length());
        int from = 0;
        while (open >= 0) {
            int close = message.indexOf(CLOSE, open);
            out.append(message, from, open);
            out.append(text.locator(Integer.parseInt(message.substring(open + 1, close))).text());
            from = close + 1;
            open = message.indexOf(OPEN, from);
        }
        return out.append(message, from, message.length()).toString();
    }
}

package jixiao.record;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The PEM text form of a key (RFC 7468): the DER bytes in Base64 between BEGIN and END lines, as openssl writes. */
final class Pem {

    private Pem() {
    }

    static byte[] encode(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return ("-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The DER bytes under {@code label}; {@code where} names the file in the error. */
    static byte[] decode(byte[] text, String label, String where) throws RecordException {
        String s = new String(text, StandardCharsets.US_ASCII).strip();
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        if (!s.startsWith(begin) || !s.endsWith(end)) {
            throw new RecordException(where + ": not a PEM " + label.toLowerCase(java.util.Locale.ROOT)
                    + " (expected a '" + begin + "' block)");
        }
        try {
            return Base64.getMimeDecoder().decode(s.substring(begin.length(), s.length() - end.length()));
        } catch (IllegalArgumentException e) {
            throw new RecordException(where + ": damaged Base64 in the key");
        }
    }
}

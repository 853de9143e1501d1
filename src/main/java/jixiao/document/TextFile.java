package jixiao.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jixiao.load.BadInputException;

/**
 * Reads a text file (.md, .txt, .csv) into a {@link Document}: decoded from UTF-8, UTF-16 with its byte-order mark
 * (Windows "Unicode" text) or GB18030, cut into lines, and its tables recognised by {@link TextLayouts}.
 */
public final class TextFile {

    private final TextLayouts layouts;

    public TextFile(TextLayouts layouts) {
        this.layouts = layouts;
    }

    public Document read(Path file, byte[] bytes) throws BadInputException {
        Decoded d = decode(file, bytes);
        if (d.text().isBlank()) {
            throw new BadInputException(file + ": the file holds no text");
        }
        String name = file.getFileName().toString();
        Document doc = of(name, d.text(), name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv"));
        return d.warning() == null ? doc : doc.withWarning(file + ": " + d.warning());
    }

    /** A text already decoded, cut into numbered lines and its tables found; {@code csv} reads it as CSV. */
    public Document of(String name, String text, boolean csv) {
        List<String> lines = lines(jixiao.load.ZeroWidth.strip(text));
        List<TextLine> numbered = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            jixiao.load.TimeLimit.check();
            numbered.add(new TextLine(lines.get(i), Locator.line(i + 1)));
        }
        return new Document(name, csv ? layouts.csv(numbered) : layouts.blocks(numbered), List.of());
    }

    /** The text and, when it was not UTF-8, a word on how it was read. */
    record Decoded(String text, String warning) {
    }

    static Decoded decode(Path file, byte[] bytes) throws BadInputException {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            // A byte-order mark says UTF-16: Windows Notepad's "Unicode".
            String text = decode(bytes, StandardCharsets.UTF_16);
            if (text == null) {
                throw new BadInputException(file + ": starts as UTF-16 text but is not valid UTF-16");
            }
            return new Decoded(stripBom(text), null);
        }
        String text = decode(bytes, StandardCharsets.UTF_8);
        String warning = null;
        if (text == null) {
            // Chinese government files are often saved as GB18030 (or its subset GBK): read them too, and say so.
            text = decode(bytes, Charset.forName("GB18030"));
            warning = "not UTF-8; read as GB18030 (Chinese national encoding)";
        }
        if (text == null || text.indexOf('\u0000') >= 0) {
            throw new BadInputException(file + ": not text in UTF-8, UTF-16 or GB18030 (GBK); save the report as UTF-8 "
                    + "text and retry");
        }
        return new Decoded(stripBom(text), warning);
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The text in this encoding, or null when the bytes are not valid in it. */
    private static String decode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The lines between CR LF, CR or LF breaks, the last one included even when empty. */
    public static List<String> lines(String body) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(body.substring(start, i));
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(body.substring(start));
        return out;
    }
}

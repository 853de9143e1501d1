package jixiao.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import jixiao.assemble.ReportView;

/**
 * {@code check --format html}: the page's view of one report as a file of its own, stylesheet inside and no
 * script, for mailing. Links between findings and lines and the severity filters work without a script.
 */
public final class HtmlPage {

    private final PageLabels labels;

    public HtmlPage(String language) {
        this.labels = new PageLabels(language);
    }

    public String render(ReportView view) {
        String title = labels.get("title") + " · " + (view.result().report().project() == null
                ? view.result().report().file() : view.result().report().project());
        return "<!DOCTYPE html>\n<html lang=\"" + labels.language() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                + Html.escape(title) + "</title>\n<style>\n" + stylesheet() + "</style>\n</head>\n<body>\n<main>\n"
                + new HtmlView(labels, false).render(view) + "\n</main>\n</body>\n</html>\n";
    }

    /** The stylesheet the page and this file share. */
    public static String stylesheet() {
        try (InputStream in = HtmlPage.class.getResourceAsStream("/jixiao/web/app.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the stylesheet could not be read from the jar", e);
        }
    }
}

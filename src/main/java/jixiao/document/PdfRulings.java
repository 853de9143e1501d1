package jixiao.document;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines a page draws (a Word table's borders): stroked straight segments and thin filled rectangles,
 * horizontal or vertical, in page points measured from the top left, as the text's positions are.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

    /** A horizontal or vertical line: x1 ≤ x2, y1 ≤ y2. */
    record Segment(float x1, float y1, float x2, float y2) {
        boolean horizontal() {
            return y2 - y1 < 1f && x2 - x1 > 4f;
        }

        boolean vertical() {
            return x2 - x1 < 1f && y2 - y1 > 4f;
        }
    }

    private final float height;
    private final List<Segment> segments = new ArrayList<>();
    private final List<float[]> pending = new ArrayList<>();
    private final List<Point2D> rectangles = new ArrayList<>();
    private Point2D current = new Point2D.Float();
    private Point2D start = new Point2D.Float();

    PdfRulings(PDPage page) {
        super(page);
        this.height = page.getMediaBox().getUpperRightY();
    }

    List<Segment> segments() {
        return segments;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rectangles.add(p0);
        rectangles.add(p2);
        pending.add(line(p0, p1));
        pending.add(line(p1, p2));
        pending.add(line(p2, p3));
        pending.add(line(p3, p0));
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        start = current;
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D to = new Point2D.Float(x, y);
        pending.add(line(current, to));
        current = to;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        pending.add(line(current, start));
        current = start;
    }

    @Override
    public void endPath() {
        pending.clear();
        rectangles.clear();
    }

    @Override
    public void strokePath() {
        commit(pending);
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        // A filled rectangle thin in one direction is a ruling drawn as a bar.
        for (int i = 0; i + 1 < rectangles.size(); i += 2) {
            Point2D a = rectangles.get(i);
            Point2D b = rectangles.get(i + 1);
            float w = (float) Math.abs(a.getX() - b.getX());
            float h = (float) Math.abs(a.getY() - b.getY());
            if (h < 2f && w > 4f) {
                float y = (float) ((a.getY() + b.getY()) / 2);
                add((float) Math.min(a.getX(), b.getX()), y, (float) Math.max(a.getX(), b.getX()), y);
            } else if (w < 2f && h > 4f) {
                float x = (float) ((a.getX() + b.getX()) / 2);
                add(x, (float) Math.min(a.getY(), b.getY()), x, (float) Math.max(a.getY(), b.getY()));
            }
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        commit(pending);
        endPath();
    }

    @Override
    public void clip(int windingRule) {
        // Clipping draws nothing.
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // Images hold no rulings.
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // Shadings hold no rulings.
    }

    private static float[] line(Point2D a, Point2D b) {
        return new float[] {(float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY()};
    }

    private void commit(List<float[]> lines) {
        for (float[] l : lines) {
            add(Math.min(l[0], l[2]), Math.min(l[1], l[3]), Math.max(l[0], l[2]), Math.max(l[1], l[3]));
        }
    }

    /** In page points from the top: y grows downwards, as a text position's does. */
    private void add(float x1, float y1, float x2, float y2) {
        Segment s = new Segment(x1, height - y2, x2, height - y1);
        if (s.horizontal() || s.vertical()) {
            segments.add(s);
        }
    }

    /** Every operator of a page's content checks the report's time limit: a page of millions of them is stopped. */
    @Override
    protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
                                   java.util.List<org.apache.pdfbox.cos.COSBase> operands) throws java.io.IOException {
        jixiao.load.TimeLimit.check();
        super.processOperator(operator, operands);
    }
}

package org.borderland.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.borderland.core.uncertainty.Sensitivity;
import org.borderland.core.uncertainty.TargetStats;

/**
 * The two charts of an analysis, drawn once on a small canvas and written as SVG or PNG: the
 * rank-interval chart (per target its nominal rank, median rank and 5–95 % interval) and the Sobol
 * bar chart (per input its first-order and total-order index with their bootstrap intervals).
 */
final class Charts {
  private Charts() {}

  /** What a chart draws with. Coordinates in pixels from the top left. */
  interface Canvas {
    void line(double x1, double y1, double x2, double y2, String colour, double width);

    void rect(double x, double y, double w, double h, String colour);

    void circle(double cx, double cy, double r, String fill, String stroke);

    /** Text with its baseline at y; anchor {@code start}, {@code middle} or {@code end}. */
    void text(double x, double y, String s, int size, String anchor, String colour);
  }

  /** A chart: its size and how to paint it. */
  record Drawing(int width, int height, Consumer<Canvas> paint) {}

  private static final String INK = "#222222";
  private static final String GRID = "#dddddd";
  private static final String LINE = "#7a9cc6";
  private static final String MEDIAN = "#1f4e8c";
  private static final String NOMINAL = "#c0392b";

  /** Targets down the side, ranks along the top (1 on the left). */
  static Drawing rankIntervals(String title, List<TargetStats> targets) {
    int rows = targets.size();
    int maxRank = 1;
    for (TargetStats t : targets) {
      maxRank = Math.max(maxRank, (int) Math.ceil(Double.isNaN(t.q95()) ? 1 : t.q95()));
      maxRank = Math.max(maxRank, t.nominal() == null ? 1 : t.nominal());
    }
    int left = 90;
    int top = 60;
    int rowH = 18;
    int plotW = 560;
    int width = left + plotW + 30;
    int height = top + rows * rowH + 50;
    int ranks = maxRank;
    return new Drawing(
        width,
        height,
        c -> {
          c.rect(0, 0, width, height, "#ffffff");
          c.text(10, 22, title, 14, "start", INK);
          c.text(
              10,
              42,
              "dot: median rank; bar: 5-95 % of replications; red ring: nominal rank",
              11,
              "start",
              INK);
          for (int r = 1; r <= ranks; r++) {
            double x = left + (r - 1) * plotW / Math.max(1.0, ranks - 1);
            if (r == 1 || (r % 5 == 0 && ranks - r >= 3) || r == ranks) {
              c.line(x, top - 4, x, top + rows * rowH, GRID, 1);
              c.text(x, top - 8, String.valueOf(r), 10, "middle", INK);
            }
          }
          for (int i = 0; i < rows; i++) {
            TargetStats t = targets.get(i);
            double y = top + i * rowH + rowH / 2.0;
            c.text(left - 8, y + 4, t.target(), 11, "end", INK);
            if (!Double.isNaN(t.q05())) {
              c.line(
                  xOf(t.q05(), left, plotW, ranks),
                  y,
                  xOf(t.q95(), left, plotW, ranks),
                  y,
                  LINE,
                  4);
              c.circle(xOf(t.median(), left, plotW, ranks), y, 4, MEDIAN, MEDIAN);
            }
            if (t.nominal() != null) {
              c.circle(xOf(t.nominal(), left, plotW, ranks), y, 6, null, NOMINAL);
            }
          }
          c.text(left + plotW / 2.0, height - 15, "rank (1 = first)", 11, "middle", INK);
        });
  }

  private static double xOf(double rank, int left, int plotW, int ranks) {
    return left + (rank - 1) * plotW / Math.max(1.0, ranks - 1);
  }

  /** One pair of bars per input: first order (dark) and total order (light), 0 to 1. */
  static Drawing sobol(String title, List<Sensitivity.Index> inputs) {
    int left = 150;
    int top = 70;
    int groupH = 46;
    int plotW = 460;
    int width = left + plotW + 40;
    int height = top + inputs.size() * groupH + 50;
    return new Drawing(
        width,
        height,
        c -> {
          c.rect(0, 0, width, height, "#ffffff");
          c.text(10, 22, title, 14, "start", INK);
          c.rect(10, 34, 12, 10, MEDIAN);
          c.text(26, 43, "first order (Si)", 11, "start", INK);
          c.rect(140, 34, 12, 10, LINE);
          c.text(156, 43, "total order (STi); whiskers: bootstrap 5-95 %", 11, "start", INK);
          for (int k = 0; k <= 10; k += 2) {
            double x = left + k / 10.0 * plotW;
            c.line(x, top - 4, x, top + inputs.size() * groupH, GRID, 1);
            c.text(x, top - 8, String.format(Locale.ROOT, "%.1f", k / 10.0), 10, "middle", INK);
          }
          for (int i = 0; i < inputs.size(); i++) {
            Sensitivity.Index in = inputs.get(i);
            double y = top + i * groupH + 6;
            c.text(left - 8, y + 20, in.name(), 11, "end", INK);
            bar(c, left, plotW, y, in.si(), in.siLow(), in.siHigh(), MEDIAN);
            bar(c, left, plotW, y + 18, in.sti(), in.stiLow(), in.stiHigh(), LINE);
          }
          c.text(
              left + plotW / 2.0, height - 15, "share of the output's variance", 11, "middle", INK);
        });
  }

  private static void bar(
      Canvas c, int left, int plotW, double y, double v, double lo, double hi, String colour) {
    double w = clamp(v) * plotW;
    c.rect(left, y, w, 14, colour);
    if (!Double.isNaN(lo) && !Double.isNaN(hi)) {
      double a = left + clamp(lo) * plotW;
      double b = left + clamp(hi) * plotW;
      c.line(a, y + 7, b, y + 7, INK, 1);
      c.line(a, y + 3, a, y + 11, INK, 1);
      c.line(b, y + 3, b, y + 11, INK, 1);
    }
  }

  /** Indices shown on [0, 1]: estimates outside it (noise) are drawn at the edge, as COINr does. */
  private static double clamp(double v) {
    return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
  }

  /**
   * Writes a chart as SVG or PNG, by the file's extension.
   *
   * @throws IllegalArgumentException for another extension
   * @throws IOException when the file cannot be written
   */
  static void write(Drawing d, Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    if (name.endsWith(".svg")) {
      Files.writeString(file, svg(d), StandardCharsets.UTF_8);
    } else if (name.endsWith(".png")) {
      ImageIO.write(png(d), "png", file.toFile());
    } else {
      throw new IllegalArgumentException(
          "--chart " + file + ": give a file ending in .svg or .png");
    }
  }

  static String svg(Drawing d) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\">%n",
            d.width(),
            d.height(),
            d.width(),
            d.height()));
    d.paint()
        .accept(
            new Canvas() {
              @Override
              public void line(
                  double x1, double y1, double x2, double y2, String colour, double width) {
                b.append(
                    String.format(
                        Locale.ROOT,
                        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                            + " stroke-width=\"%.1f\"/>%n",
                        x1,
                        y1,
                        x2,
                        y2,
                        colour,
                        width));
              }

              @Override
              public void rect(double x, double y, double w, double h, String colour) {
                b.append(
                    String.format(
                        Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n",
                        x,
                        y,
                        w,
                        h,
                        colour));
              }

              @Override
              public void circle(double cx, double cy, double r, String fill, String stroke) {
                b.append(
                    String.format(
                        Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"%s\""
                            + " stroke-width=\"1.5\"/>%n",
                        cx,
                        cy,
                        r,
                        fill == null ? "none" : fill,
                        stroke));
              }

              @Override
              public void text(
                  double x, double y, String s, int size, String anchor, String colour) {
                b.append(
                    String.format(
                        Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\""
                            + " fill=\"%s\">%s</text>%n",
                        x,
                        y,
                        size,
                        anchor,
                        colour,
                        escape(s)));
              }
            });
    return b.append("</svg>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  static BufferedImage png(Drawing d) {
    System.setProperty("java.awt.headless", "true");
    BufferedImage img = new BufferedImage(d.width(), d.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    try {
      d.paint()
          .accept(
              new Canvas() {
                @Override
                public void line(
                    double x1, double y1, double x2, double y2, String colour, double width) {
                  g.setColor(Color.decode(colour));
                  g.setStroke(new BasicStroke((float) width));
                  g.drawLine((int) x1, (int) y1, (int) x2, (int) y2);
                }

                @Override
                public void rect(double x, double y, double w, double h, String colour) {
                  g.setColor(Color.decode(colour));
                  g.fillRect((int) x, (int) y, (int) Math.round(w), (int) Math.round(h));
                }

                @Override
                public void circle(double cx, double cy, double r, String fill, String stroke) {
                  int x = (int) Math.round(cx - r);
                  int y = (int) Math.round(cy - r);
                  int s = (int) Math.round(2 * r);
                  if (fill != null) {
                    g.setColor(Color.decode(fill));
                    g.fillOval(x, y, s, s);
                  }
                  g.setColor(Color.decode(stroke));
                  g.setStroke(new BasicStroke(1.5f));
                  g.drawOval(x, y, s, s);
                }

                @Override
                public void text(
                    double x, double y, String s, int size, String anchor, String colour) {
                  g.setColor(Color.decode(colour));
                  g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
                  int w = g.getFontMetrics().stringWidth(s);
                  double at =
                      anchor.equals("end") ? x - w : anchor.equals("middle") ? x - w / 2.0 : x;
                  g.drawString(s, (float) at, (float) y);
                }
              });
    } finally {
      g.dispose();
    }
    return img;
  }
}

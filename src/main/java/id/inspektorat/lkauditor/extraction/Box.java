package id.inspektorat.lkauditor.extraction;

import java.util.Locale;

/** A rectangle on a page, in PDF points from the page's top-left corner. */
public record Box(float top, float left, float bottom, float right) {

    public Box union(Box o) {
        return o == null ? this : new Box(Math.min(top, o.top), Math.min(left, o.left), Math.max(bottom, o.bottom),
                Math.max(right, o.right));
    }

    /** "top,left,bottom,right", for storing. */
    public String encode() {
        return String.format(Locale.ROOT, "%.1f,%.1f,%.1f,%.1f", top, left, bottom, right);
    }

    public static Box decode(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String[] p = s.split(",");
        return new Box(Float.parseFloat(p[0]), Float.parseFloat(p[1]), Float.parseFloat(p[2]), Float.parseFloat(p[3]));
    }

    public boolean overlapsVertically(float y0, float y1) {
        return y0 < bottom && y1 > top;
    }

    public boolean contains(float x, float y) {
        return x >= left - 1 && x <= right + 1 && y >= top - 1 && y <= bottom + 1;
    }
}

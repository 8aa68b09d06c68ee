package id.inspektorat.lkauditor.extraction;

/** A rectangle on a page, in PDF points from the page's top-left corner. */
public record Box(float top, float left, float bottom, float right) {

    public boolean overlapsVertically(float y0, float y1) {
        return y0 < bottom && y1 > top;
    }

    public boolean contains(float x, float y) {
        return x >= left - 1 && x <= right + 1 && y >= top - 1 && y <= bottom + 1;
    }
}

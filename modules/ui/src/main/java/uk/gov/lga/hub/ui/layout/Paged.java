package uk.gov.lga.hub.ui.layout;

import java.util.List;

/**
 * One page of a long list, for the GOV.UK pagination component: the items on it, its number (from 1) and how many
 * pages there are. A page number outside the list gives the nearest page.
 */
public record Paged<T>(List<T> items, int number, int pages, int total) {

    public static <T> Paged<T> of(List<T> all, String requested, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int number;
        try {
            number = requested == null ? 1 : Integer.parseInt(requested.strip());
        } catch (NumberFormatException notANumber) {
            number = 1;
        }
        number = Math.min(Math.max(1, number), pages);
        int from = (number - 1) * size;
        return new Paged<>(all.subList(from, Math.min(all.size(), from + size)), number, pages, all.size());
    }

    public boolean isPaginated() {
        return pages > 1;
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages;
    }

    /** Every page number, for the numbered links (the lists here run to a few dozen pages at most). */
    public List<Integer> getNumbers() {
        return java.util.stream.IntStream.rangeClosed(1, pages).boxed().toList();
    }
}

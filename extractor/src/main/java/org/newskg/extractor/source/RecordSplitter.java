package org.newskg.extractor.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a stream of bytes into records (lines, or CSV rows whose quoted cells may hold line
 * breaks) and records into cells, without decoding: the delimiters, quotes and line breaks are
 * ASCII bytes that UTF-8 and GB18030 never use inside a character, so each cell is decoded on its
 * own afterwards and one badly encoded record spoils only itself. A record larger than the limit
 * is skipped, not held: its bytes are counted and dropped, so one huge line never fills the heap.
 */
final class RecordSplitter {

    /**
     * One record.
     *
     * @param line    the line it starts on, from 1
     * @param cells   its cells' bytes (empty when it was too large)
     * @param bytes   its size in bytes
     * @param problem what is wrong with it as a whole (too large, a quote never closed), or null
     */
    record Raw(long line, List<byte[]> cells, long bytes, String problem) {
    }

    private static final int NONE = -1;

    private final InputStream in;
    private final int delimiter;
    private final boolean quoted;
    private final long maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long line = 1;

    private byte[] cell = new byte[256];
    private int cellLength;

    /**
     * @param delimiter the cell delimiter, or -1 for records of one cell (JSON Lines)
     * @param quoted    whether cells may be quoted as in RFC 4180
     */
    RecordSplitter(InputStream in, int delimiter, boolean quoted, long maxBytes) {
        this.in = in;
        this.delimiter = delimiter;
        this.quoted = quoted;
        this.maxBytes = maxBytes;
    }

    static RecordSplitter lines(InputStream in, long maxBytes) {
        return new RecordSplitter(in, NONE, false, maxBytes);
    }

    /** The next record that is not blank, or null at the end of the stream. */
    Raw next() {
        while (true) {
            Raw raw = read();
            if (raw == null || !blank(raw)) {
                return raw;
            }
        }
    }

    private static boolean blank(Raw raw) {
        if (raw.problem() != null || raw.cells().size() != 1) {
            return false;
        }
        for (byte b : raw.cells().get(0)) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private Raw read() {
        int b = nextByte();
        if (b < 0) {
            return null;
        }
        long start = line;
        List<byte[]> cells = new ArrayList<>();
        long bytes = 0;
        boolean tooLarge = false;
        boolean inQuotes = false;
        boolean atCellStart = true;
        String problem = null;
        cellLength = 0;
        while (true) {
            if (b < 0) {
                if (inQuotes) {
                    problem = "a quote opened in this record is never closed; close it or remove it";
                }
                break;
            }
            bytes++;
            if (!tooLarge && bytes > maxBytes) {
                tooLarge = true;
                cells.clear();
                cellLength = 0;
            }
            if (inQuotes) {
                if (b == '"') {
                    int after = peekByte();
                    if (after == '"') {
                        nextByte();
                        bytes++;
                        append(b, tooLarge);
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (b == '\n') {
                        line++;
                    }
                    append(b, tooLarge);
                }
            } else if (b == '\n') {
                line++;
                break;
            } else if (b == '\r' && peekByte() == '\n') {
                // the \n ends the record
            } else if (b == delimiter) {
                endCell(cells, tooLarge);
                atCellStart = true;
                b = nextByte();
                continue;
            } else if (quoted && atCellStart && b == '"') {
                inQuotes = true;
            } else {
                append(b, tooLarge);
            }
            atCellStart = false;
            b = nextByte();
        }
        endCell(cells, tooLarge);
        if (tooLarge) {
            return new Raw(start, List.of(), bytes, String.format(java.util.Locale.ROOT,
                    "the record is %.1f MB; newskg reads records of at most %.1f MB: split it", bytes / 1e6, maxBytes / 1e6));
        }
        return new Raw(start, cells, bytes, problem);
    }

    private void append(int b, boolean tooLarge) {
        if (tooLarge) {
            return;
        }
        if (cellLength == cell.length) {
            cell = Arrays.copyOf(cell, cell.length * 2);
        }
        cell[cellLength++] = (byte) b;
    }

    private void endCell(List<byte[]> cells, boolean tooLarge) {
        if (!tooLarge) {
            cells.add(Arrays.copyOf(cell, cellLength));
        }
        cellLength = 0;
        if (cell.length > 1 << 20) {
            cell = new byte[256]; // do not keep a large record's buffer for the rest of the file
        }
    }

    private int nextByte() {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    private int peekByte() {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position] & 0xff;
    }

    private boolean fill() {
        try {
            int n = in.read(buffer, 0, buffer.length);
            if (n <= 0) {
                return false;
            }
            position = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

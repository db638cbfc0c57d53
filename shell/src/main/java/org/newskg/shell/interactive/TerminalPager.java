package org.newskg.shell.interactive;

import java.io.IOException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.newskg.shell.format.Pager;

/**
 * Pauses long results after each screenful with a {@code --more--} prompt, read a key at a time,
 * and tells tables how wide the terminal is.
 */
final class TerminalPager implements Pager {

    private final Terminal terminal;

    TerminalPager(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public int pageSize() {
        int height = terminal.getHeight();
        // Room for the header, the rule and the prompt; a terminal that reports no size is not paged.
        return height > 5 ? height - 3 : 0;
    }

    @Override
    public int width() {
        // A terminal that reports no width (or an absurd one) gets whole values.
        int width = terminal.getWidth();
        return width >= 20 ? width : 0;
    }

    @Override
    public boolean more(int shown, int total) {
        String prompt = "--more-- (" + shown + "/" + total + "; Enter or space: more, q: stop)";
        terminal.writer().print(prompt);
        terminal.writer().flush();
        Attributes saved = terminal.enterRawMode();
        try {
            int key = terminal.reader().read();
            return key != 'q' && key != 'Q' && key != 3 && key >= 0;
        } catch (IOException e) {
            return true;
        } finally {
            terminal.setAttributes(saved);
            terminal.writer().print("\r" + " ".repeat(prompt.length()) + "\r");
            terminal.writer().flush();
        }
    }
}

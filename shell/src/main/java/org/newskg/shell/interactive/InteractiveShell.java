package org.newskg.shell.interactive;

import java.util.List;
import java.util.Map;
import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.newskg.shell.CommandRunner;
import org.newskg.shell.command.Commands;
import org.newskg.shell.console.CommandHistory;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.Session;
import org.newskg.shell.console.StoresKeptOpen;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.shell.command.CommandCatalogCustomizer;
import org.springframework.shell.jline.PromptProvider;

/**
 * The interactive front end: Spring Shell reads lines with completion and history and hands the
 * words to our commands. Stores are opened once and stay open until the shell exits.
 */
@SpringBootApplication
public class InteractiveShell {

    /** Starts the shell and returns when the user quits. */
    public static int start(Console console) {
        return start(console, List.of());
    }

    /** Whether {@code newskg ARGS} means the shell rather than one command: only {@code --store DIR} is given. */
    public static boolean wanted(String[] args) {
        return args.length == 0
                || (args.length == 2 && args[0].equals("--store"))
                || (args.length == 1 && args[0].startsWith("--store="));
    }

    /** Starts the shell with the options {@link #wanted} accepted, and returns when the user quits. */
    public static int start(Console console, List<String> options) {
        Session session = new Session();
        session.interactive(true);
        if (options.size() == 2) {
            session.defaultStore(options.get(1));
        } else if (options.size() == 1) {
            session.defaultStore(options.get(0).substring("--store=".length()));
        }
        SpringApplication app = new SpringApplication(InteractiveShell.class);
        app.setDefaultProperties(Map.of(
                "spring.main.banner-mode", "off",
                "spring.main.log-startup-info", "false",
                "spring.shell.interactive.enabled", "true",
                "spring.shell.noninteractive.enabled", "false",
                "spring.shell.script.enabled", "false",
                "spring.shell.command.script.enabled", "false",
                "spring.shell.command.version.enabled", "false",
                // Our 'history' also works one-shot and shows multi-line queries whole.
                "spring.shell.command.history.enabled", "false",
                "spring.shell.history.name", CommandHistory.defaultFile().toString()));
        app.addInitializers(ctx -> {
            ctx.getBeanFactory().registerSingleton("console", console);
            ctx.getBeanFactory().registerSingleton("session", session);
        });
        return SpringApplication.exit(app.run());
    }

    @Bean(destroyMethod = "close")
    StoresKeptOpen storesKeptOpen() {
        return new StoresKeptOpen();
    }

    @Bean
    Commands commands(StoresKeptOpen stores, Session session) {
        return Commands.using(stores, session);
    }

    @Bean
    AcceptedLine acceptedLine() {
        return new AcceptedLine();
    }

    @Bean
    EntityNameCompletion entityNameCompletion(StoresKeptOpen stores) {
        return new EntityNameCompletion(stores);
    }

    @Bean
    CommandCatalogCustomizer newskgCommands(Commands commands, Console console, AcceptedLine accepted, Session session,
                                            EntityNameCompletion names) {
        CommandRunner runner = new CommandRunner(commands, console);
        return catalog -> commands.all().forEach(c -> catalog.register(
                CommandRegistrations.of(c, runner, accepted, session, names)));
    }

    /**
     * Settings that need the line reader Spring Shell built: our parser in front of Spring Shell's
     * (which always registers its own bean) so queries may span lines, the continuation prompt, our
     * completer in front of Spring Shell's, and paging through its terminal.
     */
    @Bean
    SmartInitializingSingleton lineReaderSettings(ObjectProvider<LineReader> readers, Commands commands, Session session,
                                                  EntityNameCompletion names, AcceptedLine accepted) {
        return () -> {
            LineReader reader = readers.getIfAvailable();
            if (reader == null) {
                return;
            }
            // "%P " pads with spaces to the primary prompt's width, so continuation lines line up under the first.
            reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, "%M%P > ");
            if (reader instanceof LineReaderImpl impl) {
                impl.setParser(new ConsoleLineParser(impl.getParser(), commands, accepted));
                impl.setCompleter(new ConsoleCompleter(impl.getCompleter(), commands, session, names));
            }
            session.pager(new TerminalPager(reader.getTerminal()));
        };
    }

    @Bean
    PromptProvider newskgPrompt() {
        return () -> new AttributedString("newskg> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }
}

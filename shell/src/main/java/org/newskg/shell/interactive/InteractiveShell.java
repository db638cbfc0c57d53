package org.newskg.shell.interactive;

import java.nio.file.Path;
import java.util.Map;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.newskg.shell.CommandRunner;
import org.newskg.shell.command.Commands;
import org.newskg.shell.console.Console;
import org.newskg.shell.console.StoresKeptOpen;
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
        SpringApplication app = new SpringApplication(InteractiveShell.class);
        app.setDefaultProperties(Map.of(
                "spring.main.banner-mode", "off",
                "spring.main.log-startup-info", "false",
                "spring.shell.interactive.enabled", "true",
                "spring.shell.noninteractive.enabled", "false",
                "spring.shell.script.enabled", "false",
                "spring.shell.command.script.enabled", "false",
                "spring.shell.command.version.enabled", "false",
                "spring.shell.history.name", historyFile().toString()));
        app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("console", console));
        return SpringApplication.exit(app.run());
    }

    private static Path historyFile() {
        return Path.of(System.getProperty("user.home"), ".newskg_history");
    }

    @Bean(destroyMethod = "close")
    StoresKeptOpen storesKeptOpen() {
        return new StoresKeptOpen();
    }

    @Bean
    Commands commands(StoresKeptOpen stores) {
        return Commands.using(stores);
    }

    @Bean
    CommandCatalogCustomizer newskgCommands(Commands commands, Console console) {
        CommandRunner runner = new CommandRunner(commands, console);
        return catalog -> commands.all().forEach(c -> catalog.register(CommandRegistrations.of(c, runner)));
    }

    @Bean
    PromptProvider newskgPrompt() {
        return () -> new AttributedString("newskg> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }
}

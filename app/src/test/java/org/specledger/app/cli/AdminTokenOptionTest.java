package org.specledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Issue 14, item 14: the admin token never comes from the command line (ps shows it), only a file or the environment. */
class AdminTokenOptionTest {
    @TempDir
    Path dir;

    private static ServeCommand.ServerOptions parse(String... args) {
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs(args);
        return cmd.server;
    }

    @Test
    void aTokenOnTheCommandLineIsRefusedWithTheWayToPassIt() {
        assertThatThrownBy(() -> parse("--admin-token", "k3v9-Qx7p-Lm2w-Zr8t").config())
                .isInstanceOf(CliException.class).hasMessageContaining("ps").hasMessageContaining("--admin-token-file")
                .hasMessageNotContaining("k3v9");
    }

    @Test
    void theTokenFileIsReadAndAWeakTokenIsRefused() throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, "k3v9-Qx7p-Lm2w-Zr8t\n", StandardCharsets.UTF_8);
        assertThat(parse("--admin-token-file", file.toString()).config().adminToken()).isEqualTo("k3v9-Qx7p-Lm2w-Zr8t");
        Files.writeString(file, "   \n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parse("--admin-token-file", file.toString()).config())
                .isInstanceOf(CliException.class).hasMessageContaining("whitespace");
        assertThatThrownBy(() -> parse("--admin-token-file", dir.resolve("missing").toString()).config())
                .isInstanceOf(CliException.class).hasMessageContaining("cannot read the admin token file");
    }
}

package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate never writes over files already in its folder unless told to (--force); other files may stay beside. */
class GenerateOverwriteTest {

    @TempDir
    Path dir;

    @Test
    void existingFilesAreNotOverwrittenWithoutForce() throws Exception {
        Path out = dir.resolve("reports");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");
        assertThat(Cli.run("generate", "--count", "3", "-o", out.toString()).code()).isZero(); // other files: fine
        Path first = out.resolve("report-000000.json");
        Files.writeString(first, "edited by hand");

        Cli again = Cli.run("generate", "--count", "3", "--seed", "2", "-o", out.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).hasLineCount(1)
                .contains(out + " already holds 3 of the files, report-000000.json …: use --force");
        assertThat(Files.readString(first)).isEqualTo("edited by hand");

        Cli planted = Cli.run("generate", "--count", "5", "--plant", "0.5", "-o", out.toString());
        assertThat(planted.code()).isEqualTo(2);
        assertThat(Files.exists(out.resolve("planted.tsv"))).isFalse();

        assertThat(Cli.run("generate", "--count", "3", "--seed", "2", "-o", out.toString(), "--force").code()).isZero();
        assertThat(Files.readString(first)).startsWith("{");
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void aFileIsNoFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("x.json"), "{}");
        Cli run = Cli.run("generate", "--count", "1", "-o", file.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("jixiao generate: -o " + file + " is a file, not a folder\n");
    }
}

package jixiao;

import java.io.PrintWriter;
import java.io.StringWriter;
import jixiao.cli.Main;

/** Runs the command line in-process and keeps what it printed. */
public record Cli(int code, String out, String err) {

    public static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(code, out.toString(), err.toString());
    }
}

package jixiao.document;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** An OLE2 container (old Office formats, and new ones under a password): whether it holds an encrypted package. */
final class Ole2 {

    private Ole2() {
    }

    static boolean isEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}

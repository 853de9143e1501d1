package jixiao.record;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * Ed25519 keys for signing records, by the JDK's own {@code KeyPairGenerator} and {@code Signature}: the private key
 * as PKCS#8 and the public key as X.509 SubjectPublicKeyInfo, both PEM, so that openssl reads them too.
 */
public final class SigningKeys {

    public static final String ALGORITHM = "Ed25519";
    public static final String PRIVATE_FILE = "jixiao-record.key";
    public static final String PUBLIC_FILE = "jixiao-record.pub";

    private SigningKeys() {
    }

    /** A new pair written to {@code dir} (made if missing); never over an existing key. The private key is 0600. */
    public static void create(Path dir) throws IOException {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no " + ALGORITHM, e);
        }
        Files.createDirectories(dir);
        Path secret = dir.resolve(PRIVATE_FILE);
        Path shared = dir.resolve(PUBLIC_FILE);
        for (Path p : new Path[] {secret, shared}) {
            if (Files.exists(p)) {
                throw new FileAlreadyExistsException(p.toString());
            }
        }
        try {
            // Made readable by its owner alone before a byte of the key is in it.
            Files.createFile(secret, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(secret); // not a POSIX file system: its own defaults apply
        }
        Files.write(secret, Pem.encode("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.write(shared, Pem.encode("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    /** Signs {@code data} with the private key in {@code file}. */
    public static byte[] sign(Path file, byte[] data) throws RecordException {
        try {
            PrivateKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Pem.decode(read(file), "PRIVATE KEY", file.toString())));
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new RecordException(file + ": not an " + ALGORITHM + " private key");
        }
    }

    /** Whether {@code signature} is the public key's in {@code file} over {@code data}. */
    public static boolean verify(Path file, byte[] data, byte[] signature) throws RecordException {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Pem.decode(read(file), "PUBLIC KEY", file.toString())));
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (java.security.SignatureException e) {
            return false; // a signature of the wrong length or form: not this key's
        } catch (GeneralSecurityException e) {
            throw new RecordException(file + ": not an " + ALGORITHM + " public key");
        }
    }

    private static byte[] read(Path file) throws RecordException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RecordException(file + ": cannot read the key: "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
        }
    }
}

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JVM's trust store (JKS, password "changeit", as Debian's ca-certificates-java makes it) from
 * the certificates of Debian's ca-certificates package, for the base image of jre-base.sh.
 *
 *   java Cacerts.java CERTIFICATE_FOLDER OUTPUT
 */
public class Cacerts {

    public static void main(String[] args) throws Exception {
        KeyStore store = KeyStore.getInstance("JKS");
        store.load(null, null);
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<Path> files;
        try (Stream<Path> found = Files.list(Path.of(args[0]))) {
            files = found.filter(file -> file.toString().endsWith(".crt")).sorted().toList();
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                Certificate certificate = factory.generateCertificate(in);
                String name = file.getFileName().toString().replace(".crt", "").toLowerCase();
                store.setCertificateEntry(name, certificate);
            }
        }
        if (store.size() == 0) {
            throw new IllegalStateException("no certificates in " + args[0]);
        }
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            store.store(out, "changeit".toCharArray());
        }
    }
}

package zwfw.kiosk.core.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.CertificatePinner;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** Applies the optional custom CA bundle and certificate pins of {@link PlatformSettings} to a client. */
public final class TlsTrust {
    private TlsTrust() {
    }

    static void apply(OkHttpClient.Builder builder, PlatformSettings s) {
        if (s.caBundle() != null) {
            X509TrustManager tm = trustManagerFor(s.caBundle());
            try {
                SSLContext ctx = SSLContext.getInstance("TLS");
                ctx.init(null, new javax.net.ssl.TrustManager[] {tm}, null);
                builder.sslSocketFactory(ctx.getSocketFactory(), tm);
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("cannot set up TLS with " + s.caBundle() + ": " + e.getMessage(), e);
            }
        }
        List<String> pins = s.pins();
        if (!pins.isEmpty()) {
            HttpUrl url = HttpUrl.parse(s.baseUrl());
            if (url == null) {
                throw new IllegalArgumentException("platform.url is not a URL: " + s.baseUrl());
            }
            CertificatePinner.Builder pinner = new CertificatePinner.Builder();
            for (String pin : pins) {
                pinner.add(url.host(), pin);
            }
            builder.certificatePinner(pinner.build());
        }
    }

    /**
     * A trust manager that trusts exactly the certificates of a PEM bundle; the configuration's
     * validation calls it too, so a bundle that passes validation is one the client takes.
     */
    public static X509TrustManager trustManagerFor(Path pemBundle) {
        try (InputStream in = Files.newInputStream(pemBundle)) {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certs.isEmpty()) {
                throw new IllegalArgumentException("the CA bundle " + pemBundle + " holds no certificate");
            }
            KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
            ks.load(null, null);
            int i = 0;
            for (Certificate c : certs) {
                ks.setCertificateEntry("ca-" + i++, c);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            for (javax.net.ssl.TrustManager tm : tmf.getTrustManagers()) {
                if (tm instanceof X509TrustManager x) {
                    return x;
                }
            }
            throw new IllegalStateException("no X.509 trust manager available");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the CA bundle " + pemBundle + ": " + e.getMessage(), e);
        }
    }
}

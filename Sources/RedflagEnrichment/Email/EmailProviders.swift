/// Redflag's own lists of free-mail providers, privacy relays and sub-addressing rules (our data).
public enum EmailProviders {
    /// Webmail anyone can sign up for. Gathered by the Redflag authors from the providers' own sites.
    public static let freeMail: Set<String> = [
        // Google, Microsoft, Yahoo, AOL, Apple
        "gmail.com", "googlemail.com", "outlook.com", "outlook.fr", "outlook.de", "outlook.es", "outlook.it",
        "hotmail.com", "hotmail.co.uk", "hotmail.fr", "hotmail.de", "hotmail.it", "hotmail.es", "live.com",
        "live.co.uk", "live.fr", "msn.com", "yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de", "yahoo.co.jp",
        "yahoo.co.in", "yahoo.com.br", "ymail.com", "rocketmail.com", "aol.com", "icloud.com", "me.com", "mac.com",
        // privacy-minded and independent
        "proton.me", "protonmail.com", "protonmail.ch", "pm.me", "tutanota.com", "tutanota.de", "tutamail.com",
        "tuta.io", "tuta.com", "fastmail.com", "fastmail.fm", "hey.com", "posteo.de", "posteo.net", "mailbox.org",
        "disroot.org", "zoho.com", "zohomail.com", "mail.com", "email.com", "gmx.com", "gmx.net", "gmx.de",
        "gmx.at", "gmx.ch", "web.de",
        // Russia, Ukraine, Central and Eastern Europe
        "yandex.ru", "yandex.com", "yandex.ua", "yandex.by", "yandex.kz", "ya.ru", "mail.ru", "inbox.ru",
        "list.ru", "bk.ru", "internet.ru", "rambler.ru", "ukr.net", "i.ua", "meta.ua", "wp.pl", "o2.pl",
        "interia.pl", "onet.pl", "seznam.cz", "abv.bg", "libero.it", "virgilio.it",
        // China, Korea, Japan, India
        "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "sina.com", "sina.cn", "sohu.com",
        "aliyun.com", "139.com", "naver.com", "daum.net", "hanmail.net", "kakao.com", "rediffmail.com",
    ]

    /// Alias services: the address forwards to a hidden inbox. Subdomains count (`jane.anonaddy.com`).
    public static let privacyRelays: Set<String> = [
        "privaterelay.appleid.com",  // Apple Hide My Email
        "duck.com",  // DuckDuckGo Email Protection
        "mozmail.com", "relay.firefox.com",  // Firefox Relay
        "simplelogin.com", "simplelogin.co", "simplelogin.fr", "slmail.me", "aleeas.com", "silomails.com",
        "slmails.com",  // SimpleLogin
        "anonaddy.com", "anonaddy.me", "addy.io", "addymail.com",  // addy.io (formerly AnonAddy)
        "passmail.net", "passmail.com", "passinbox.com", "passfwd.com",  // Proton Pass aliases
        "33mail.com",  // 33mail
        "burnermail.io",  // Burner Mail
    ]

    /// Providers that deliver `name+tag@` to `name@`.
    public static let plusAddressing: Set<String> = [
        "gmail.com", "outlook.com", "outlook.fr", "outlook.de", "outlook.es", "outlook.it", "hotmail.com",
        "hotmail.co.uk", "hotmail.fr", "hotmail.de", "hotmail.it", "hotmail.es", "live.com", "live.co.uk", "live.fr",
        "msn.com", "icloud.com", "me.com", "mac.com", "proton.me", "protonmail.com", "protonmail.ch", "pm.me",
        "fastmail.com", "fastmail.fm", "zoho.com", "zohomail.com", "yandex.ru", "yandex.com", "ya.ru", "hey.com",
        "mailbox.org",
    ]

    /// Domains that are another name for the same mailbox system.
    public static let aliases: [String: String] = ["googlemail.com": "gmail.com"]
}

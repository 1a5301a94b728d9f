<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PeelDesk</source>
        <translation>PeelDesk hakkında</translation>
    </message>
    <message>
        <source>Front desk for micro laser peeling clinics.</source>
        <translation>Mikro lazer peeling klinikleri için ön büro programı.</translation>
    </message>
    <message>
        <source>Built with Python {python}, Qt {qt} (PySide6 {pyside}, LGPL-3.0), SQLAlchemy, Alembic, ReportLab, Babel and phonenumbers.</source>
        <translation>Python {python}, Qt {qt} (PySide6 {pyside}, LGPL-3.0), SQLAlchemy, Alembic, ReportLab, Babel ve phonenumbers ile yapılmıştır.</translation>
    </message>
    <message>
        <source>Licences of the fonts used on printouts:</source>
        <translation>Çıktılarda kullanılan yazı tiplerinin lisansları:</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database connection</source>
        <translation>Veritabanı bağlantısı</translation>
    </message>
    <message>
        <source>In use now: {database}</source>
        <translation>Şu an kullanılan: {database}</translation>
    </message>
    <message>
        <source>Saved for this computer: {database}</source>
        <translation>Bu bilgisayar için kayıtlı: {database}</translation>
    </message>
    <message>
        <source>Saved for this computer: nothing (the database file in the user folder)</source>
        <translation>Bu bilgisayar için kayıtlı: yok (kullanıcı klasöründeki veritabanı dosyası)</translation>
    </message>
    <message>
        <source>&amp;This computer (SQLite file)</source>
        <translation>&amp;Bu bilgisayar (SQLite dosyası)</translation>
    </message>
    <message>
        <source>&amp;Clinic server (PostgreSQL)</source>
        <translation>K&amp;linik sunucusu (PostgreSQL)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözat…</translation>
    </message>
    <message>
        <source>Encrypted connection (the server has TLS)</source>
        <translation>Şifreli bağlantı (sunucuda TLS var)</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>&amp;Sunucu</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Veritabanı</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>K&amp;ullanıcı</translation>
    </message>
    <message>
        <source>PeelDesk does not store a password. Put it in this user&apos;s PostgreSQL password file (.pgpass; pgpass.conf on Windows), or let the server trust this computer.</source>
        <translation>PeelDesk parola saklamaz. Parolayı bu kullanıcının PostgreSQL parola dosyasına (.pgpass; Windows&apos;ta pgpass.conf) yazın ya da sunucunun bu bilgisayara güvenmesini sağlayın.</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>Bağlantıyı &amp;dene</translation>
    </message>
    <message>
        <source>A new choice is used from the next start of PeelDesk.</source>
        <translation>Yeni seçim, PeelDesk bir sonraki açılışında kullanılır.</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Veritabanı dosyasını seçin</translation>
    </message>
    <message>
        <source>PeelDesk database (*.sqlite3);;All files (*)</source>
        <translation>PeelDesk veritabanı (*.sqlite3);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red. Nothing was saved.</source>
        <translation>Lütfen kırmızıyla işaretlenen alanları düzeltin. Hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Bağlanılıyor…</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>PeelDesk — locked</source>
        <translation>PeelDesk — kilitli</translation>
    </message>
    <message>
        <source>PeelDesk is locked</source>
        <translation>PeelDesk kilitli</translation>
    </message>
    <message>
        <source>&lt;b&gt;PeelDesk is locked.&lt;/b&gt;&lt;br&gt;{name}, type your password to go on where you left off. Open forms are kept as they were.</source>
        <translation>&lt;b&gt;PeelDesk kilitli.&lt;/b&gt;&lt;br&gt;{name}, kaldığınız yerden devam etmek için parolanızı yazın. Açık formlar olduğu gibi duruyor.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Kilidi &amp;aç</translation>
    </message>
    <message>
        <source>&amp;Close PeelDesk…</source>
        <translation>PeelDesk’i &amp;kapat…</translation>
    </message>
    <message>
        <source>Close PeelDesk</source>
        <translation>PeelDesk’i kapat</translation>
    </message>
    <message>
        <source>Close PeelDesk so that someone else can log in? Changes typed in open forms and not saved will be lost.</source>
        <translation>Başka biri girebilsin diye PeelDesk kapatılsın mı? Açık formlarda yazılıp kaydedilmemiş değişiklikler kaybolur.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>PeelDesk — log in</source>
        <translation>PeelDesk — giriş</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log in to PeelDesk&lt;/b&gt;</source>
        <translation>&lt;b&gt;PeelDesk’e giriş&lt;/b&gt;</translation>
    </message>
    <message>
        <source>for example ayse.kaya</source>
        <translation>örneğin ayse.kaya</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Kullanıcı adı</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Parola</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Giriş yap</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Patients</source>
        <translation>Hast&amp;alar</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Veritabanı: {location}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Yeni hasta…</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>Hasta &amp;bul</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>P&amp;atient</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>&amp;Edit patient details…</source>
        <translation>Hasta bilgilerini &amp;düzenle…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>Print &amp;aftercare sheet…</source>
        <translation>İşlem sonrası &amp;bakım sayfasını yazdır…</translation>
    </message>
    <message>
        <source>Print p&amp;re-treatment sheet…</source>
        <translation>İşlem ö&amp;ncesi bilgi sayfasını yazdır…</translation>
    </message>
    <message>
        <source>Aftercare pro&amp;ducts of the last session…</source>
        <translation>Son seansın bakım ü&amp;rünleri…</translation>
    </message>
    <message>
        <source>Handout &amp;templates…</source>
        <translation>Broşür şa&amp;blonları…</translation>
    </message>
    <message>
        <source>Find and select a patient first.</source>
        <translation>Önce bir hasta bulup seçin.</translation>
    </message>
    <message>
        <source>Open patient</source>
        <translation>Hastayı aç</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} kaydedildi.</translation>
    </message>
    <message>
        <source>Clinic &amp;settings…</source>
        <translation>Klinik a&amp;yarları…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klavye kısayolları</translation>
    </message>
    <message>
        <source>&amp;About PeelDesk</source>
        <translation>PeelDesk &amp;hakkında</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>H&amp;esap</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>Ekranı &amp;kilitle</translation>
    </message>
    <message>
        <source>A&amp;dmin</source>
        <translation>Y&amp;önetim</translation>
    </message>
    <message>
        <source>&amp;Staff accounts…</source>
        <translation>&amp;Personel hesapları…</translation>
    </message>
    <message>
        <source>&amp;Passwords and screen lock…</source>
        <translation>Parola ve &amp;ekran kilidi…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Denetim kaydı…</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Denetim kaydı</translation>
    </message>
    <message>
        <source>Data&amp;base connection…</source>
        <translation>&amp;Veritabanı bağlantısı…</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>Veritabanı bağlantısı</translation>
    </message>
    <message>
        <source>This computer will use {database} from the next start of PeelDesk.</source>
        <translation>Bu bilgisayar, PeelDesk bir sonraki açılışından itibaren {database} kullanacak.</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Female</source>
        <translation>Kadın</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Erkek</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Type I</source>
        <translation>Tip I</translation>
    </message>
    <message>
        <source>Type II</source>
        <translation>Tip II</translation>
    </message>
    <message>
        <source>Type III</source>
        <translation>Tip III</translation>
    </message>
    <message>
        <source>Type IV</source>
        <translation>Tip IV</translation>
    </message>
    <message>
        <source>Type V</source>
        <translation>Tip V</translation>
    </message>
    <message>
        <source>Type VI</source>
        <translation>Tip VI</translation>
    </message>
    <message>
        <source>Isotretinoin (acne medication)</source>
        <translation>İzotretinoin (akne ilacı)</translation>
    </message>
    <message>
        <source>Pregnant or breast-feeding</source>
        <translation>Hamile ya da emziriyor</translation>
    </message>
    <message>
        <source>History of herpes (cold sores)</source>
        <translation>Uçuk (herpes) geçmişi</translation>
    </message>
    <message>
        <source>Takes anticoagulants</source>
        <translation>Kan sulandırıcı kullanıyor</translation>
    </message>
    <message>
        <source>Keloid or hypertrophic scars</source>
        <translation>Keloid ya da hipertrofik skar</translation>
    </message>
    <message>
        <source>Photosensitising drugs</source>
        <translation>Işığa duyarlılık yapan ilaçlar</translation>
    </message>
    <message>
        <source>Currently tanned</source>
        <translation>Şu an bronz</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>gg.aa.yyyy</translation>
    </message>
    <message>
        <source>Patient — {name}</source>
        <translation>Hasta — {name}</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Yeni hasta</translation>
    </message>
    <message>
        <source>&amp;Given names *</source>
        <translation>&amp;Adı *</translation>
    </message>
    <message>
        <source>&amp;Family name *</source>
        <translation>&amp;Soyadı *</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>D&amp;oğum tarihi</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>&amp;Cinsiyet</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>0532 123 45 67 or +44 …</source>
        <translation>0532 123 45 67 ya da +44 …</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;E-posta</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>D&amp;il</translation>
    </message>
    <message>
        <source>S&amp;kin type (Fitzpatrick)</source>
        <translation>Cilt ti&amp;pi (Fitzpatrick)</translation>
    </message>
    <message>
        <source>Contraindication screening</source>
        <translation>Kontrendikasyon sorgusu</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Sorulduğu tarih</translation>
    </message>
    <message>
        <source>Last dose</source>
        <translation>Son doz</translation>
    </message>
    <message>
        <source>Treatment consent</source>
        <translation>Tedavi onamı</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Fotoğraf onamı</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notlar</translation>
    </message>
    <message>
        <source>Bring back from archive</source>
        <translation>Arşivden geri al</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>Hastayı arşivle</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Archive {name}? Their records are kept and they can be brought back later; archived patients are hidden from search.</source>
        <translation>{name} arşivlensin mi? Kayıtları saklanır ve daha sonra geri alınabilir; arşivdeki hastalar aramada görünmez.</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red. Nothing was saved.</source>
        <translation>Lütfen kırmızıyla işaretlenen alanları düzeltin. Hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This patient may already be registered.&lt;/b&gt; Open the existing record, or save anyway if this is a different person.</source>
        <translation>&lt;b&gt;Bu hasta zaten kayıtlı olabilir.&lt;/b&gt; Mevcut kaydı açın ya da başka biriyse yine de kaydedin.</translation>
    </message>
    <message>
        <source>, born {date}</source>
        <translation>, doğum {date}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Yine de kaydet</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Değişiklikler atılsın mı?</translation>
    </message>
    <message>
        <source>You have typed changes that are not saved. Discard them?</source>
        <translation>Kaydedilmemiş değişiklikleriniz var. Atılsın mı?</translation>
    </message>
</context>
<context>
    <name>PatientSearchPage</name>
    <message>
        <source>Search patients: name, phone digits or birth date (31.12.1980)…</source>
        <translation>Hasta ara: ad, telefon rakamları ya da doğum tarihi (31.12.1980)…</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Hasta ara</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Yeni hasta</translation>
    </message>
    <message>
        <source>Register a new patient (Ctrl+N)</source>
        <translation>Yeni hasta kaydet (Ctrl+N)</translation>
    </message>
    <message>
        <source>Type a name, phone digits or a birth date.</source>
        <translation>Bir ad, telefon rakamları ya da doğum tarihi yazın.</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>Arama yapılamadı: {error}</translation>
    </message>
    <message>
        <source>No patient found. Press Ctrl+N to register a new one.</source>
        <translation>Hasta bulunamadı. Yeni hasta kaydetmek için Ctrl+N’ye basın.</translation>
    </message>
    <message>
        <source>1 patient — Enter opens it.</source>
        <translation>1 hasta — Enter ile açılır.</translation>
    </message>
    <message>
        <source>{count} patients — Enter opens the selected one.</source>
        <translation>{count} hasta — Enter seçili olanı açar.</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>Family name</source>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Adı</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (arşivde)</translation>
    </message>
    <message>
        <source>{name} — press Enter to open</source>
        <translation>{name} — açmak için Enter’a basın</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Fit width</source>
        <translation>Genişliğe sığdır</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Yazdır…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;PDF olarak kaydet…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sayfa {page} / {pages}</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Yazıcı yok</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the document as PDF instead, or ask your administrator to add a printer.</source>
        <translation>Bu bilgisayarda kurulu yazıcı yok. Belgeyi PDF olarak kaydedin ya da yöneticinizden yazıcı eklemesini isteyin.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Yazdırılamadı</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF olarak kaydet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>dosya yazılamadı</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Kaydedilemedi</translation>
    </message>
    <message>
        <source>The PDF could not be saved to “{target}” ({reason}). Choose another folder (for example your Documents folder) and try again.</source>
        <translation>PDF “{target}” konumuna kaydedilemedi ({reason}). Başka bir klasör seçin (örneğin Belgeler klasörünüz) ve yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Clinic (printed on every document)</source>
        <translation>Klinik (her belgede basılır)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>A&amp;dres</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>PNG or JPEG file; leave empty for no logo</source>
        <translation>PNG ya da JPEG dosyası; logo istemiyorsanız boş bırakın</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözat…</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <source>Desk defaults</source>
        <translation>Ön büro varsayılanları</translation>
    </message>
    <message>
        <source>Phone &amp;region</source>
        <translation>Telefon &amp;bölgesi</translation>
    </message>
    <message>
        <source>Country of phone numbers typed without a country code (TR for Turkey).</source>
        <translation>Ülke kodu olmadan yazılan telefon numaralarının ülkesi (Türkiye için TR).</translation>
    </message>
    <message>
        <source>Currency and VAT are set with the price list (Admin menu). A new interface language is used from the next start of PeelDesk.</source>
        <translation>Para birimi ve KDV fiyat listesinde ayarlanır (Yönetim menüsü). Yeni arayüz dili PeelDesk bir sonraki açılışında kullanılır.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <source>&amp;Healing interval</source>
        <translation>&amp;İyileşme aralığı</translation>
    </message>
    <message>
        <source>&amp;Screening valid for</source>
        <translation>Sorgu &amp;geçerlilik süresi</translation>
    </message>
    <message>
        <source>Shallowest &amp;depth</source>
        <translation>En &amp;sığ derinlik</translation>
    </message>
    <message>
        <source>Deepest d&amp;epth</source>
        <translation>En &amp;fazla derinlik</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Bilgisayarınkiyle aynı</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>Arayüz di&amp;li</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Klinik logosunu seçin</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Resimler (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This image is damaged or in an unusual format. Save the logo again as PNG or JPEG.</source>
        <translation>Bu resim bozuk ya da alışılmadık bir biçimde. Logoyu PNG ya da JPEG olarak yeniden kaydedin.</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red. Nothing was saved.</source>
        <translation>Lütfen kırmızıyla işaretlenen alanları düzeltin. Hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Arayüz dili</translation>
    </message>
    <message>
        <source>The new language is used from the next start of PeelDesk.</source>
        <translation>Yeni dil PeelDesk bir sonraki açılışında kullanılır.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>PeelDesk — first start</source>
        <translation>PeelDesk — ilk açılış</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to PeelDesk.&lt;/b&gt;&lt;br&gt;Create the administrator account first. The administrator adds the other staff accounts later (Admin menu). There is no default password: choose one of at least {length} characters and keep it safe.</source>
        <translation>&lt;b&gt;PeelDesk’e hoş geldiniz.&lt;/b&gt;&lt;br&gt;Önce yönetici hesabını oluşturun. Yönetici, diğer personel hesaplarını daha sonra ekler (Yönetim menüsü). Hazır bir parola yoktur: en az {length} karakterlik bir parola seçin ve güvenle saklayın.</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Adı soyadı</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Kullanıcı adı</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Parola</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Parola (&amp;tekrar)</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>Yöneticiyi &amp;oluştur</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>Arama kutusunda</translation>
    </message>
    <message>
        <source>Move in the results</source>
        <translation>Sonuçlarda gezin</translation>
    </message>
    <message>
        <source>↑, ↓, Page Up, Page Down</source>
        <translation>↑, ↓, Page Up, Page Down</translation>
    </message>
    <message>
        <source>Open the selected patient</source>
        <translation>Seçili hastayı aç</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Aramayı temizle</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>document_output</name>
    <message>
        <source>Not recorded</source>
        <translation>Kayda geçmedi</translation>
    </message>
    <message>
        <source>The document was printed, but the audit log could not record it: {error}</source>
        <translation>Belge yazdırıldı ama denetim kaydına yazılamadı: {error}</translation>
    </message>
    <message>
        <source>The document was saved, but the audit log could not record it: {error}</source>
        <translation>Belge kaydedildi ama denetim kaydına yazılamadı: {error}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong and the last action was not completed. Everything saved before is safe. If it happens again, tell your administrator.</source>
        <translation>Bir sorun oluştu ve son işlem tamamlanamadı. Daha önce kaydedilen her şey güvende. Yeniden olursa yöneticinize haber verin.</translation>
    </message>
</context>
<context>
    <name>handouts</name>
    <message>
        <source>Aftercare sheet</source>
        <translation>İşlem sonrası bakım sayfası</translation>
    </message>
    <message>
        <source>Pre-treatment sheet</source>
        <translation>İşlem öncesi bilgi sayfası</translation>
    </message>
    <message>
        <source>This patient has no session marked as done yet. The aftercare sheet is printed for a completed session: record the session first.</source>
        <translation>Bu hastanın tamamlandı olarak işaretlenmiş seansı yok. Bakım sayfası tamamlanmış bir seans için basılır: önce seansı kaydedin.</translation>
    </message>
    <message>
        <source>This patient has no upcoming planned session. Book the session first; the pre-treatment sheet then shows its date and time.</source>
        <translation>Bu hastanın planlanmış yaklaşan seansı yok. Önce seansı planlayın; işlem öncesi sayfası o zaman tarihini ve saatini gösterir.</translation>
    </message>
    <message>
        <source>Preparing the sheet…</source>
        <translation>Sayfa hazırlanıyor…</translation>
    </message>
    <message>
        <source>Aftercare products</source>
        <translation>Bakım ürünleri</translation>
    </message>
    <message>
        <source>Handout templates</source>
        <translation>Broşür şablonları</translation>
    </message>
</context>
<context>
    <name>pdf_preview</name>
    <message>
        <source>The document has no pages to print.</source>
        <translation>Belgede yazdırılacak sayfa yok.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected, or save the document as PDF instead.</source>
        <translation>Yazıcı başlatılamadı. Açık ve bağlı olduğunu kontrol edin ya da belgeyi PDF olarak kaydedin.</translation>
    </message>
    <message>
        <source>Page {page} could not be prepared for printing.</source>
        <translation>Sayfa {page} yazdırmaya hazırlanamadı.</translation>
    </message>
</context>
</TS>

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
    <name>AreaRowWidget</name>
    <message>
        <source>Area</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <source>Size cm²</source>
        <translation>Boyut cm²</translation>
    </message>
    <message>
        <source>Depth µm</source>
        <translation>Derinlik µm</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Geçiş</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Cihaz</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mod</translation>
    </message>
    <message>
        <source>Fluence J/cm²</source>
        <translation>Enerji J/cm²</translation>
    </message>
    <message>
        <source>Spot mm</source>
        <translation>Spot mm</translation>
    </message>
    <message>
        <source>Immediate reaction</source>
        <translation>Anında reaksiyon</translation>
    </message>
    <message>
        <source>{column} for {area}</source>
        <translation>{area} için {column}</translation>
    </message>
    <message>
        <source>Remove {area}</source>
        <translation>{area} bölgesini çıkar</translation>
    </message>
</context>
<context>
    <name>AreaSummaryModel</name>
    <message>
        <source>Area</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Seanslar</translation>
    </message>
    <message>
        <source>Last depth</source>
        <translation>Son derinlik</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Son tarih</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Denetim kaydı</translation>
    </message>
    <message>
        <source>Patient: name or phone digits</source>
        <translation>Hasta: ad ya da telefon rakamları</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tüm kullanıcılar</translation>
    </message>
    <message>
        <source>from dd.mm.yyyy</source>
        <translation>ilk gg.aa.yyyy</translation>
    </message>
    <message>
        <source>to dd.mm.yyyy</source>
        <translation>son gg.aa.yyyy</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Göster</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filtreleri &amp;temizle</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Zinciri &amp;doğrula</translation>
    </message>
    <message>
        <source>Check that no event was edited, deleted or inserted</source>
        <translation>Hiçbir kaydın değiştirilmediğini, silinmediğini ya da araya eklenmediğini denetle</translation>
    </message>
    <message>
        <source>&amp;Acknowledge gap…</source>
        <translation>Boşluğu &amp;onayla…</translation>
    </message>
    <message>
        <source>Record in the trail that the reported missing events or key change are known</source>
        <translation>Bildirilen eksik olayların ya da anahtar değişikliğinin bilindiğini kayda geçir</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>“{label}” must be a date like 31.12.2026.</source>
        <translation>“{label}” 31.12.2026 gibi bir tarih olmalı.</translation>
    </message>
    <message>
        <source>The “From” date is after the “To” date.</source>
        <translation>“Başlangıç” tarihi “Bitiş” tarihinden sonra.</translation>
    </message>
    <message>
        <source> (scroll down for older events)</source>
        <translation> (daha eski kayıtlar için aşağı kaydırın)</translation>
    </message>
    <message>
        <source>No patient matches that name or number.</source>
        <translation>Bu ada ya da numaraya uyan hasta yok.</translation>
    </message>
    <message>
        <source>1 matching patient.</source>
        <translation>Uyan 1 hasta.</translation>
    </message>
    <message>
        <source>{count} matching patients.</source>
        <translation>Uyan {count} hasta.</translation>
    </message>
    <message>
        <source>1 event shown{more}.</source>
        <translation>1 kayıt gösteriliyor{more}.</translation>
    </message>
    <message>
        <source>{count} events shown{more}.</source>
        <translation>{count} kayıt gösteriliyor{more}.</translation>
    </message>
    <message>
        <source>Checking every event of the trail…</source>
        <translation>Denetim kaydındaki her olay denetleniyor…</translation>
    </message>
    <message>
        <source>{count} earlier events were signed with a previous key and cannot be checked.</source>
        <translation>Daha önceki {count} olay eski bir anahtarla imzalandığı için denetlenemiyor.</translation>
    </message>
    <message>
        <source>Audit trail intact: {count} events checked, every link matches.</source>
        <translation>Denetim kaydı sağlam: {count} olay denetlendi, her bağlantı tutuyor.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… ve {count} sorun daha.</translation>
    </message>
    <message>
        <source>Audit trail BROKEN: {count} problem(s).</source>
        <translation>Denetim kaydı BOZUK: {count} sorun.</translation>
    </message>
    <message>
        <source>Audit trail broken</source>
        <translation>Denetim kaydı bozuk</translation>
    </message>
    <message>
        <source>The audit trail has been changed outside PeelDesk ({count} events checked):</source>
        <translation>Denetim kaydı PeelDesk dışında değiştirilmiş ({count} olay denetlendi):</translation>
    </message>
    <message>
        <source>Keep a copy of this database and tell the clinic owner; restore a backup only after that.</source>
        <translation>Bu veritabanının bir kopyasını saklayın ve klinik sahibine haber verin; yedeği ancak ondan sonra geri yükleyin.</translation>
    </message>
    <message>
        <source>Acknowledge gap</source>
        <translation>Boşluğu onayla</translation>
    </message>
    <message>
        <source>Why are the missing events or the key change known? This is recorded in the audit trail with your name; nothing is brought back.</source>
        <translation>Eksik olaylar ya da anahtar değişikliği neden biliniyor? Bu, adınızla birlikte denetim kaydına yazılır; hiçbir şey geri getirilmez.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>Changes (before → after)</source>
        <translation>Değişiklikler (önce → sonra)</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>#{id} (no longer on file)</source>
        <translation>#{id} (artık kayıtlı değil)</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Şimdi yedek &amp;al</translation>
    </message>
    <message>
        <source>E&amp;xport patient data (access request)…</source>
        <translation>Hasta verilerini dışa &amp;aktar (erişim talebi)…</translation>
    </message>
    <message>
        <source>Remove patient&apos;s &amp;identity (on request)…</source>
        <translation>Hastanın &amp;kimliğini sil (talep üzerine)…</translation>
    </message>
    <message>
        <source>Find and select a patient first.</source>
        <translation>Önce bir hasta bulup seçin.</translation>
    </message>
    <message>
        <source>Export the patient&apos;s data to which folder?</source>
        <translation>Hastanın verileri hangi klasöre aktarılsın?</translation>
    </message>
    <message>
        <source>Exported to {folder}: {json}, {pdf}.</source>
        <translation>{folder} klasörüne aktarıldı: {json}, {pdf}.</translation>
    </message>
    <message>
        <source>Export patient data</source>
        <translation>Hasta verilerini dışa aktar</translation>
    </message>
    <message>
        <source>Writing the patient&apos;s data (JSON) and summary (PDF)…</source>
        <translation>Hastanın verileri (JSON) ve özeti (PDF) yazılıyor…</translation>
    </message>
    <message>
        <source>Remove identity</source>
        <translation>Kimliği sil</translation>
    </message>
    <message>
        <source>Remove patient&apos;s identity</source>
        <translation>Hastanın kimliğini sil</translation>
    </message>
    <message>
        <source>This removes the names, birth date, phone, e-mail and notes of {name} for good. Sessions, treated areas, follow-ups and quotes are kept for the legal retention period, without a name.

Why? (kept in the audit trail, e.g. “written request, 20.11.2026”)</source>
        <translation>{name} için ad, doğum tarihi, telefon, e-posta ve notlar kalıcı olarak silinir. Seanslar, tedavi edilen bölgeler, kontroller ve teklifler yasal saklama süresince adsız olarak tutulur.

Neden? (denetim kaydında saklanır, ör. “yazılı talep, 20.11.2026”)</translation>
    </message>
    <message>
        <source>Remove the identity of {name} now? This cannot be undone.</source>
        <translation>{name} kişisinin kimliği şimdi silinsin mi? Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>Identity removed; treatment records kept until {date}.</source>
        <translation>Kimlik silindi; tedavi kayıtları {date} tarihine kadar saklanacak.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backing up…</source>
        <translation>Yedekleniyor…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Şimdi yedekle</translation>
    </message>
    <message>
        <source>Copying the database and checking the copy…</source>
        <translation>Veritabanı kopyalanıyor ve kopya denetleniyor…</translation>
    </message>
    <message>
        <source>Backup saved and checked: {file}</source>
        <translation>Yedek kaydedildi ve denetlendi: {file}</translation>
    </message>
    <message>
        <source>The automatic backup failed for an unexpected reason.</source>
        <translation>Otomatik yedekleme beklenmeyen bir nedenle başarısız oldu.</translation>
    </message>
    <message>
        <source> (not audited)</source>
        <translation> (denetim kaydına yazılmadı)</translation>
    </message>
    <message>
        <source>Last backup FAILED</source>
        <translation>Son yedekleme BAŞARISIZ</translation>
    </message>
    <message>
        <source>The backup copy itself is fine.</source>
        <translation>Yedek kopyanın kendisi sağlam.</translation>
    </message>
    <message>
        <source>Your work is still saved in the database; only the backup copy is missing. PeelDesk will try again later.</source>
        <translation>Çalışmanız veritabanında kayıtlı; yalnızca yedek kopya eksik. PeelDesk daha sonra yeniden deneyecek.</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>Yedekleme başarısız oldu</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>Otomatik yedekleme başarısız</translation>
    </message>
    <message>
        <source>Backup not recorded</source>
        <translation>Yedek kaydedilmedi</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Henüz yedek yok</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Son yedek: {when}</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}</source>
        <translation>Yedekler şurada saklanıyor: {folder}</translation>
    </message>
</context>
<context>
    <name>CalendarBlocks</name>
    <message>
        <source>session {n} of {total}</source>
        <translation>seans {n}/{total}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Hafta</translation>
    </message>
    <message>
        <source>Day or week</source>
        <translation>Gün veya hafta</translation>
    </message>
    <message>
        <source>By physician</source>
        <translation>Hekime göre</translation>
    </message>
    <message>
        <source>By room</source>
        <translation>Odaya göre</translation>
    </message>
    <message>
        <source>By laser device</source>
        <translation>Lazer cihazına göre</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sütunlar</translation>
    </message>
    <message>
        <source>Whose week</source>
        <translation>Kimin haftası</translation>
    </message>
    <message>
        <source>The physician, room or device the week shows (Alt+4)</source>
        <translation>Haftası gösterilen hekim, oda ya da cihaz (Alt+4)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Appointment calendar</source>
        <translation>Randevu takvimi</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Takvim</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Hizmet dışı</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n seans</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>Service due {date}</source>
        <translation>Servis tarihi {date}</translation>
    </message>
    <message>
        <source>Service overdue since {date}</source>
        <translation>Servis gecikti ({date})</translation>
    </message>
    <message>
        <source>Not moved: drop it on a physician, room or device.</source>
        <translation>Taşınmadı: bir hekimin, odanın ya da cihazın sütununa bırakın.</translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>Seansı taşı</translation>
    </message>
    <message>
        <source>Not moved: nothing has changed.</source>
        <translation>Taşınmadı: hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Session moved.</source>
        <translation>Seans taşındı.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Take photo</source>
        <translation>Fotoğraf çek</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>Çe&amp;k</translation>
    </message>
    <message>
        <source>camera photo</source>
        <translation>kamera fotoğrafı</translation>
    </message>
</context>
<context>
    <name>CashUpDialog</name>
    <message>
        <source>Cash-up</source>
        <translation>Gün sonu kasa raporu</translation>
    </message>
    <message>
        <source>Previous day (Alt+←)</source>
        <translation>Önceki gün (Alt+←)</translation>
    </message>
    <message>
        <source>Next day (Alt+→)</source>
        <translation>Sonraki gün (Alt+→)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Gün</translation>
    </message>
    <message>
        <source>Per method</source>
        <translation>Ödeme yöntemine göre</translation>
    </message>
    <message>
        <source>Per staff member</source>
        <translation>Personele göre</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Yazdır…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV olarak &amp;dışa aktar…</translation>
    </message>
    <message>
        <source>Entries of the day</source>
        <translation>Günün hareketleri</translation>
    </message>
    <message>
        <source>Total of the day: {total} · entries: {count}</source>
        <translation>Günün toplamı: {total} · hareket sayısı: {count}</translation>
    </message>
    <message>
        <source>No payments on this day.</source>
        <translation>Bu gün ödeme yok.</translation>
    </message>
    <message>
        <source>Cash-up — {day}</source>
        <translation>Gün sonu kasa raporu — {day}</translation>
    </message>
    <message>
        <source>Print the cash-up</source>
        <translation>Kasa raporunu yazdır</translation>
    </message>
    <message>
        <source>Export the cash-up as CSV</source>
        <translation>Kasa raporunu CSV olarak dışa aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>Saved for the accountant: {path} (readable by you only).</source>
        <translation>Muhasebeci için kaydedildi: {path} (yalnızca siz okuyabilirsiniz).</translation>
    </message>
</context>
<context>
    <name>CashUpEntriesModel</name>
    <message>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Makbuz</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Yöntem</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
</context>
<context>
    <name>CashUpFeature</name>
    <message>
        <source>&amp;Cash-up…</source>
        <translation>Gün sonu &amp;kasa raporu…</translation>
    </message>
</context>
<context>
    <name>CashUpTotalsModel</name>
    <message>
        <source>Method</source>
        <translation>Yöntem</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Hareket</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Alınan</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>İade edilen</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Personel</translation>
    </message>
</context>
<context>
    <name>CashUpWords</name>
    <message>
        <source>Cash</source>
        <translation>Nakit</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kart</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Havale/EFT</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Kapora</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Ödeme</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>İade</translation>
    </message>
    <message>
        <source>Cancelled receipt</source>
        <translation>İptal edilen makbuz</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Face</source>
        <translation>Yüz</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Boyun</translation>
    </message>
    <message>
        <source>Décolleté</source>
        <translation>Dekolte</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Eller</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Vücut</translation>
    </message>
    <message>
        <source>Spot or scar</source>
        <translation>Leke ya da skar</translation>
    </message>
    <message>
        <source>Treatment area catalog</source>
        <translation>Tedavi bölgesi kataloğu</translation>
    </message>
    <message>
        <source>Offered for new sessions</source>
        <translation>Yeni seanslarda sunulsun</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Bölge</translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation>Ad (İ&amp;ngilizce)</translation>
    </message>
    <message>
        <source>Name (&amp;Turkish)</source>
        <translation>Ad (&amp;Türkçe)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>B&amp;ölge grubu</translation>
    </message>
    <message>
        <source>Default &amp;size (cm²)</source>
        <translation>Varsayılan boyut (&amp;cm²)</translation>
    </message>
    <message>
        <source>Changes apply to new bookings; past sessions keep the sizes measured then.</source>
        <translation>Değişiklikler yeni randevular için geçerlidir; geçmiş seanslar o zaman ölçülen boyutları korur.</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (pasif)</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} kaydedildi.</translation>
    </message>
</context>
<context>
    <name>ClinicSetupDialog</name>
    <message>
        <source>PeelDesk — your clinic</source>
        <translation>PeelDesk — kliniğiniz</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your clinic&lt;/b&gt;&lt;br&gt;Aftercare and pre-treatment sheets, quotes and histories print the clinic&apos;s name, address and phone, so that patients know whom to call. You can change all of this later under Admin → Clinic settings.</source>
        <translation>&lt;b&gt;Kliniğiniz&lt;/b&gt;&lt;br&gt;Bakım ve tedavi öncesi talimatları, teklifler ve tedavi geçmişleri kliniğin adını, adresini ve telefonunu yazar; böylece hastalar kimi arayacaklarını bilir. Bunların hepsini daha sonra Yönetim → Klinik ayarları bölümünden değiştirebilirsiniz.</translation>
    </message>
    <message>
        <source>for example Işıltı Cilt Kliniği</source>
        <translation>örneğin Işıltı Cilt Kliniği</translation>
    </message>
    <message>
        <source>for example +90 216 555 01 23</source>
        <translation>örneğin +90 216 555 01 23</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>Klinik &amp;adı</translation>
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
        <source>&amp;Logo (optional)</source>
        <translation>&amp;Logo (isteğe bağlı)</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Saat dilimi</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>Arayüz di&amp;li</translation>
    </message>
    <message>
        <source>Dates and times are shown and printed in the clinic&apos;s time zone, whatever the clock of a desk computer is set to. Type part of a city&apos;s name to find it.</source>
        <translation>Tarihler ve saatler, bankodaki bilgisayarın saati neye ayarlı olursa olsun kliniğin saat diliminde gösterilir ve yazdırılır. Bulmak için bir şehir adının bir kısmını yazın.</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>&amp;Kaydet ve başla</translation>
    </message>
    <message>
        <source>Fill in &amp;later</source>
        <translation>Şimdilik &amp;geç</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red. Nothing was saved.</source>
        <translation>Lütfen kırmızıyla işaretlenen alanları düzeltin. Hiçbir şey kaydedilmedi.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare photos</source>
        <translation>Fotoğrafları karşılaştır</translation>
    </message>
    <message>
        <source>Loading photos…</source>
        <translation>Fotoğraflar yükleniyor…</translation>
    </message>
    <message>
        <source>&amp;Overlay (O)</source>
        <translation>Üst &amp;üste (O)</translation>
    </message>
    <message>
        <source>Opacity of the right photo over the left</source>
        <translation>Sağdaki fotoğrafın soldakinin üzerindeki saydamlığı</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Uzaklaştır (−)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Yakınlaştır (+)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Sığdır</translation>
    </message>
    <message>
        <source>Show the whole photos (0)</source>
        <translation>Fotoğrafların tamamını göster (0)</translation>
    </message>
    <message>
        <source>These two photos</source>
        <translation>Bu iki fotoğraf</translation>
    </message>
    <message>
        <source>Four photos across the series</source>
        <translation>Seriden dört fotoğraf</translation>
    </message>
    <message>
        <source>Physician&apos;s file copy</source>
        <translation>Hekim dosyası nüshası</translation>
    </message>
    <message>
        <source>Patient copy (marketing consent)</source>
        <translation>Hasta nüshası (tanıtım onamı)</translation>
    </message>
    <message>
        <source>&amp;Print sheet… (Ctrl+P)</source>
        <translation>Sayfayı &amp;yazdır… (Ctrl+P)</translation>
    </message>
    <message>
        <source>←/→ right photo earlier/later · Shift+←/→ left photo · Tab swap sides · wheel or +/− zoom · drag to pan · Esc close</source>
        <translation>←/→ sağdaki fotoğraf önceki/sonraki · Shift+←/→ soldaki fotoğraf · Tab tarafları değiştir · tekerlek ya da +/− yakınlaştır · sürükleyerek kaydır · Esc kapat</translation>
    </message>
    <message>
        <source>{area} · {angle} · {count} photos</source>
        <translation>{area} · {angle} · {count} fotoğraf</translation>
    </message>
    <message>
        <source>{left}
over it, at the slider&apos;s opacity:
{right}</source>
        <translation>{left}
üzerinde, kaydırıcıdaki saydamlıkla:
{right}</translation>
    </message>
    <message>
        <source>There is no earlier photo of this area and angle.</source>
        <translation>Bu bölge ve açıdan daha önce çekilmiş fotoğraf yok.</translation>
    </message>
    <message>
        <source>There is no later photo of this area and angle.</source>
        <translation>Bu bölge ve açıdan daha sonra çekilmiş fotoğraf yok.</translation>
    </message>
    <message>
        <source>Preparing the comparison sheet…</source>
        <translation>Karşılaştırma sayfası hazırlanıyor…</translation>
    </message>
    <message>
        <source>Comparison sheet — {name}</source>
        <translation>Karşılaştırma sayfası — {name}</translation>
    </message>
</context>
<context>
    <name>ComparePicker</name>
    <message>
        <source>Compare photos</source>
        <translation>Fotoğrafları karşılaştır</translation>
    </message>
    <message>
        <source>Loading photos…</source>
        <translation>Fotoğraflar yükleniyor…</translation>
    </message>
    <message>
        <source>&amp;Area and angle</source>
        <translation>&amp;Bölge ve açı</translation>
    </message>
    <message>
        <source>&amp;Left photo</source>
        <translation>So&amp;ldaki fotoğraf</translation>
    </message>
    <message>
        <source>&amp;Right photo</source>
        <translation>Sa&amp;ğdaki fotoğraf</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Karşılaştır</translation>
    </message>
    <message>
        <source>{area} · {angle} ({count} photos)</source>
        <translation>{area} · {angle} ({count} fotoğraf)</translation>
    </message>
    <message>
        <source>No area has two photos from the same angle yet (or the patient&apos;s photography consent is not valid).</source>
        <translation>Henüz hiçbir bölgenin aynı açıdan iki fotoğrafı yok (ya da hastanın fotoğraf çekimi onamı geçerli değil).</translation>
    </message>
    <message>
        <source>{day} — {kind}</source>
        <translation>{day} — {kind}</translation>
    </message>
</context>
<context>
    <name>ConsentFeature</name>
    <message>
        <source>&amp;Sign now…</source>
        <translation>Şimdi &amp;imzalat…</translation>
    </message>
    <message>
        <source>Co&amp;nsents</source>
        <translation>&amp;Onamlar</translation>
    </message>
    <message>
        <source>Consent &amp;forms…</source>
        <translation>Onam &amp;formları…</translation>
    </message>
    <message>
        <source>Find and select a patient first.</source>
        <translation>Önce bir hasta bulup seçin.</translation>
    </message>
    <message>
        <source>Sign a consent</source>
        <translation>Onam imzalat</translation>
    </message>
    <message>
        <source>Consent signed</source>
        <translation>Onam imzalandı</translation>
    </message>
    <message>
        <source>The consent is signed and stored. Print a copy for the patient to take home?</source>
        <translation>Onam imzalandı ve kaydedildi. Hastanın yanında götürmesi için bir kopyası yazdırılsın mı?</translation>
    </message>
    <message>
        <source>Consent saved: {form}.</source>
        <translation>Onam kaydedildi: {form}.</translation>
    </message>
</context>
<context>
    <name>ConsentFormsDialog</name>
    <message>
        <source>Consent forms</source>
        <translation>Onam formları</translation>
    </message>
    <message>
        <source>&amp;Require patients who signed an earlier version to sign again</source>
        <translation>Önceki sürümü imzalamış hastalar yeniden imzal&amp;asın</translation>
    </message>
    <message>
        <source>&amp;Publish as a new version…</source>
        <translation>Yeni sürüm olarak &amp;yayımla…</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Sürüm</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Başlık</translation>
    </message>
    <message>
        <source>Te&amp;xt the patient reads and signs</source>
        <translation>Hastanın okuyup imzaladığı &amp;metin</translation>
    </message>
    <message>
        <source>Version {version}, published {date}</source>
        <translation>{version}. sürüm, yayımlanma: {date}</translation>
    </message>
    <message>
        <source>{version} (current)</source>
        <translation>{version} (geçerli)</translation>
    </message>
    <message>
        <source>shipped with PeelDesk</source>
        <translation>PeelDesk ile gelen</translation>
    </message>
    <message>
        <source>Current version, published by {by}. Change the text and publish it as a new version; patients who signed keep the version they signed.</source>
        <translation>Geçerli sürüm; yayımlayan: {by}. Metni değiştirip yeni sürüm olarak yayımlayın; imzalamış hastaların imzaladığı sürüm olduğu gibi kalır.</translation>
    </message>
    <message>
        <source>An earlier version, kept as patients signed it (read-only).</source>
        <translation>Önceki bir sürüm; hastaların imzaladığı hâliyle saklanır (salt okunur).</translation>
    </message>
    <message>
        <source>Publish version {version} of “{form}”? Patients sign this text from now on, and those who signed an earlier version must sign again before their next treatment.</source>
        <translation>“{form}” formunun {version}. sürümü yayımlansın mı? Hastalar bundan sonra bu metni imzalar; önceki sürümü imzalamış olanlar bir sonraki tedaviden önce yeniden imzalamalıdır.</translation>
    </message>
    <message>
        <source>Publish version {version} of “{form}”? Patients sign this text from now on; earlier signatures stay valid.</source>
        <translation>“{form}” formunun {version}. sürümü yayımlansın mı? Hastalar bundan sonra bu metni imzalar; önceki imzalar geçerli kalır.</translation>
    </message>
    <message>
        <source>Publish consent form</source>
        <translation>Onam formunu yayımla</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Değişiklikler atılsın mı?</translation>
    </message>
    <message>
        <source>The changed text is not published. Discard it?</source>
        <translation>Değiştirilen metin yayımlanmadı. Değişiklikler atılsın mı?</translation>
    </message>
</context>
<context>
    <name>ConsentPrinting</name>
    <message>
        <source>Signed consent — {form}</source>
        <translation>İmzalı onam — {form}</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>Consent</source>
        <translation>Onam</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>İmza tarihi</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Tanık</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>From the patient form: the consent was signed on paper before consents were signed on screen. Kept as history; it is not a signed consent.</source>
        <translation>Hasta formundan: onam, onamlar ekranda imzalanmaya başlamadan önce kâğıt üzerinde imzalanmış. Geçmiş kaydı olarak tutulur; imzalı bir onam değildir.</translation>
    </message>
    <message>
        <source>Recorded on paper on {date}</source>
        <translation>{date} tarihinde kâğıt üzerinde kaydedildi</translation>
    </message>
    <message>
        <source>Withdrawn {when}</source>
        <translation>{when} tarihinde geri alındı</translation>
    </message>
</context>
<context>
    <name>ConsentWords</name>
    <message>
        <source>Laser peeling</source>
        <translation>Lazer peeling</translation>
    </message>
    <message>
        <source>Deep peel with local anaesthesia</source>
        <translation>Lokal anestezili derin peeling</translation>
    </message>
    <message>
        <source>Peel with fractional laser</source>
        <translation>Fraksiyonel lazerle birlikte peeling</translation>
    </message>
    <message>
        <source>Clinical photography</source>
        <translation>Klinik fotoğraf çekimi</translation>
    </message>
    <message>
        <source>Marketing contact</source>
        <translation>Tanıtım amaçlı iletişim</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geçerli</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Geri alındı</translation>
    </message>
    <message>
        <source>Sign again (new version)</source>
        <translation>Yeniden imzalanmalı (yeni sürüm)</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>İmzalanmadı</translation>
    </message>
</context>
<context>
    <name>ConsentsSection</name>
    <message>
        <source>&lt;b&gt;Consents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Onamlar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>İ&amp;mzalat…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Ger&amp;i al…</translation>
    </message>
    <message>
        <source>Print c&amp;onsent</source>
        <translation>Onamı ya&amp;zdır</translation>
    </message>
    <message>
        <source>The consents could not be loaded: {error}</source>
        <translation>Onamlar yüklenemedi: {error}</translation>
    </message>
    <message>
        <source>{count} to sign again (new version)</source>
        <translation>Yeniden imzalanacak: {count} (yeni sürüm)</translation>
    </message>
</context>
<context>
    <name>CourseTableModel</name>
    <message>
        <source>Course</source>
        <translation>Kür</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Seanslar</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Kalan</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Fiyat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Next: session {n} of {total} · {done} done</source>
        <translation>Sıradaki: seans {n}/{total} · {done} yapıldı</translation>
    </message>
    <message>
        <source>{booked} of {total} booked · {done} done</source>
        <translation>{total} seansın {booked} tanesi ayrıldı · {done} yapıldı</translation>
    </message>
    <message>
        <source>{state}: {reason}</source>
        <translation>{state}: {reason}</translation>
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
        <source>optional: the clinic&apos;s root certificate, to verify the server</source>
        <translation>isteğe bağlı: sunucuyu doğrulamak için kliniğin kök sertifikası</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Gö&amp;zat…</translation>
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
        <source>Root cert&amp;ificate</source>
        <translation>&amp;Kök sertifika</translation>
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
        <source>Choose the clinic&apos;s root certificate</source>
        <translation>Kliniğin kök sertifikasını seçin</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Sertifikalar (*.crt *.pem *.cer);;Tüm dosyalar (*)</translation>
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
    <name>DayListPage</name>
    <message>
        <source>Monday</source>
        <translation>Pazartesi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Salı</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Çarşamba</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Perşembe</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Cuma</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Cumartesi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Pazar</translation>
    </message>
    <message>
        <source>Previous day (PgUp, Alt+Left)</source>
        <translation>Önceki gün (PgUp, Alt+Sol)</translation>
    </message>
    <message>
        <source>Next day (PgDn, Alt+Right)</source>
        <translation>Sonraki gün (PgDn, Alt+Sağ)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Bugün</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>Bugüne git (Ctrl+T)</translation>
    </message>
    <message>
        <source>A&amp;rrived</source>
        <translation>&amp;Geldi</translation>
    </message>
    <message>
        <source>The patient has arrived (F6)</source>
        <translation>Hasta geldi (F6)</translation>
    </message>
    <message>
        <source>&amp;Start treatment</source>
        <translation>&amp;Tedaviyi başlat</translation>
    </message>
    <message>
        <source>The treatment starts now (F7)</source>
        <translation>Tedavi şimdi başlıyor (F7)</translation>
    </message>
    <message>
        <source>Sessions of the day</source>
        <translation>Günün seansları</translation>
    </message>
    <message>
        <source> — today</source>
        <translation> — bugün</translation>
    </message>
    <message>
        <source> — tomorrow</source>
        <translation> — yarın</translation>
    </message>
    <message>
        <source> — yesterday</source>
        <translation> — dün</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>The day list could not be loaded: {error}</source>
        <translation>Gün listesi yüklenemedi: {error}</translation>
    </message>
    <message>
        <source>No sessions on this day.</source>
        <translation>Bu gün seans yok.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 seans</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} seans</translation>
    </message>
    <message>
        <source> (+{count} cancelled or no-show)</source>
        <translation> (+{count} iptal ya da gelmedi)</translation>
    </message>
    <message>
        <source>. Enter opens the selected session.</source>
        <translation>. Enter seçili seansı açar.</translation>
    </message>
    <message>
        <source> ⚠ {count} sessions overlap another session of the same physician (marked in red).</source>
        <translation> ⚠ {count} seans aynı hekimin başka bir seansıyla çakışıyor (kırmızıyla işaretli).</translation>
    </message>
</context>
<context>
    <name>DaySheetDialog</name>
    <message>
        <source>Print day sheet</source>
        <translation>Günlük planı yazdır</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Hekim</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Oda</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Gün</translation>
    </message>
    <message>
        <source>&amp;Sheet for</source>
        <translation>Plan &amp;türü</translation>
    </message>
    <message>
        <source>&amp;Who or which room</source>
        <translation>&amp;Hekim ya da oda</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>Ö&amp;nizle ve yazdır…</translation>
    </message>
    <message>
        <source>Day sheet — {subject}</source>
        <translation>Günlük plan — {subject}</translation>
    </message>
</context>
<context>
    <name>DaySheetFeature</name>
    <message>
        <source>Print day &amp;sheet…</source>
        <translation>Günlük &amp;planı yazdır…</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Add &amp;demo data…</source>
        <translation>Ör&amp;nek veri ekle…</translation>
    </message>
    <message>
        <source>Add demo data</source>
        <translation>Örnek veri ekle</translation>
    </message>
    <message>
        <source>How many made-up patients? Each gets about {sessions} sessions.
Only for trying PeelDesk: a database with real patients is refused.</source>
        <translation>Kaç uydurma hasta eklensin? Her birine yaklaşık {sessions} seans eklenir.
Yalnızca PeelDesk&apos;i denemek içindir: gerçek hastaları olan bir veritabanına eklenmez.</translation>
    </message>
    <message>
        <source>Added {patients} demo patients and {sessions} sessions.</source>
        <translation>{patients} örnek hasta ve {sessions} seans eklendi.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Hazırlanıyor…</translation>
    </message>
    <message>
        <source>Adding patients…</source>
        <translation>Hastalar ekleniyor…</translation>
    </message>
    <message>
        <source>Adding sessions…</source>
        <translation>Seanslar ekleniyor…</translation>
    </message>
</context>
<context>
    <name>DeskSteps</name>
    <message>
        <source>Session status</source>
        <translation>Seans durumu</translation>
    </message>
</context>
<context>
    <name>Desks</name>
    <message>
        <source>Close PeelDesk</source>
        <translation>PeelDesk’i kapat</translation>
    </message>
    <message>
        <source>{names} still have forms open on this computer. Closing PeelDesk closes them too, and what was typed there and not saved will be lost. Close anyway?</source>
        <translation>Bu bilgisayarda {names} için hâlâ açık formlar var. PeelDesk kapanırsa bu formlar da kapanır; onlara yazılıp kaydedilmemiş bilgiler kaybolur. Yine de kapatılsın mı?</translation>
    </message>
</context>
<context>
    <name>DeviceLogTab</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>gg.aa.yyyy</translation>
    </message>
    <message>
        <source>De&amp;vice</source>
        <translation>&amp;Cihaz</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Göster</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Tarih aralığı</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Seanslar</translation>
    </message>
    <message>
        <source>Set service &amp;due date</source>
        <translation>&amp;Servis tarihini kaydet</translation>
    </message>
    <message>
        <source>Service due</source>
        <translation>Servis tarihi</translation>
    </message>
    <message>
        <source>from dd.mm.yyyy</source>
        <translation>başlangıç gg.aa.yyyy</translation>
    </message>
    <message>
        <source>to dd.mm.yyyy</source>
        <translation>bitiş gg.aa.yyyy</translation>
    </message>
    <message>
        <source>reason, e.g. annual service</source>
        <translation>neden, örn. yıllık bakım</translation>
    </message>
    <message>
        <source>&amp;Add period</source>
        <translation>&amp;Dönem ekle</translation>
    </message>
    <message>
        <source>&amp;Remove period</source>
        <translation>Dönemi &amp;kaldır</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Hizmet dışı</translation>
    </message>
    <message>
        <source>Type the dates as day.month.year.</source>
        <translation>Tarihleri gün.ay.yıl olarak yazın.</translation>
    </message>
    <message>
        <source>%1 sessions, %2 shots (shots recorded in %3 sessions)</source>
        <translation>%1 seans, %2 atış (atış sayısı %3 seansta kaydedildi)</translation>
    </message>
    <message>
        <source>Select a line in the list first.</source>
        <translation>Önce listeden bir satır seçin.</translation>
    </message>
</context>
<context>
    <name>EquipmentEditDialog</name>
    <message>
        <source>Room — {name}</source>
        <translation>Oda — {name}</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Yeni oda</translation>
    </message>
    <message>
        <source>Laser device — {name}</source>
        <translation>Lazer cihazı — {name}</translation>
    </message>
    <message>
        <source>New laser device</source>
        <translation>Yeni lazer cihazı</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <source>&amp;Serial number</source>
        <translation>&amp;Seri numarası</translation>
    </message>
    <message>
        <source>&amp;In service (offered when booking)</source>
        <translation>&amp;Hizmette (randevuda sunulur)</translation>
    </message>
</context>
<context>
    <name>EquipmentTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ekle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <source>Take &amp;out of / put back in service</source>
        <translation>Hizmet dışı bırak / hizmete &amp;geri al</translation>
    </message>
    <message>
        <source>Select a line in the list first.</source>
        <translation>Önce listeden bir satır seçin.</translation>
    </message>
    <message>
        <source>Rooms and devices</source>
        <translation>Odalar ve cihazlar</translation>
    </message>
</context>
<context>
    <name>EquipmentTableModel</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seri numarası</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>hizmette</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>hizmet dışı</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up — {title}</source>
        <translation>Kontrol — {title}</translation>
    </message>
    <message>
        <source>&amp;Which follow-up</source>
        <translation>&amp;Hangi kontrol</translation>
    </message>
    <message>
        <source>&amp;Reaction</source>
        <translation>&amp;Reaksiyon</translation>
    </message>
    <message>
        <source>&amp;Healing</source>
        <translation>&amp;İyileşme</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>İstenmeyen etkiler</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notlar</translation>
    </message>
</context>
<context>
    <name>FormsTableModel</name>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Yayımlanma</translation>
    </message>
</context>
<context>
    <name>HeldLogin</name>
    <message>
        <source>Checking the database file… you are let in as soon as it is done.</source>
        <translation>Veritabanı dosyası denetleniyor… biter bitmez giriş yapılacak.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Loading history…</source>
        <translation>Geçmiş yükleniyor…</translation>
    </message>
    <message>
        <source>Show sessions on area</source>
        <translation>Bu bölgedeki seansları göster</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tüm bölgeler</translation>
    </message>
    <message>
        <source>from dd.mm.yyyy</source>
        <translation>ilk gg.aa.yyyy</translation>
    </message>
    <message>
        <source>to dd.mm.yyyy</source>
        <translation>son gg.aa.yyyy</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Süz</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Tümünü göster</translation>
    </message>
    <message>
        <source>Add f&amp;ollow-up…</source>
        <translation>&amp;Kontrol ekle…</translation>
    </message>
    <message>
        <source>Co&amp;mpare photos…</source>
        <translation>Fotoğrafları &amp;karşılaştır…</translation>
    </message>
    <message>
        <source>&amp;Print history…</source>
        <translation>Geçmişi &amp;yazdır…</translation>
    </message>
    <message>
        <source>Language of the printed history</source>
        <translation>Yazdırılacak geçmişin dili</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <source>&lt;b&gt;Summary by area&lt;/b&gt; (sessions done)</source>
        <translation>&lt;b&gt;Bölgeye göre özet&lt;/b&gt; (yapılan seanslar)</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Seanslar</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type day.month.year, e.g. 01.09.2026.</source>
        <translation>“{text}” bir tarih değil: gün.ay.yıl yazın, ör. 01.09.2026.</translation>
    </message>
    <message>
        <source>The history could not be loaded.</source>
        <translation>Geçmiş yüklenemedi.</translation>
    </message>
    <message>
        <source>Treatment history — {name}</source>
        <translation>Tedavi geçmişi — {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sessions, newest first&lt;/b&gt; — {shown} of {total}</source>
        <translation>&lt;b&gt;Seanslar, en yenisi önce&lt;/b&gt; — {total} seanstan {shown}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sessions, newest first&lt;/b&gt; — {total}</source>
        <translation>&lt;b&gt;Seanslar, en yenisi önce&lt;/b&gt; — {total}</translation>
    </message>
    <message>
        <source>Select the session the follow-up belongs to.</source>
        <translation>Kontrolün ait olduğu seansı seçin.</translation>
    </message>
    <message>
        <source>Follow-up notes belong to a session recorded as done; select one.</source>
        <translation>Kontrol notları yapıldı olarak kaydedilmiş bir seansa aittir; böyle bir seans seçin.</translation>
    </message>
    <message>
        <source>session of {date}</source>
        <translation>{date} seansı</translation>
    </message>
    <message>
        <source>Print history</source>
        <translation>Geçmişi yazdır</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>reaction {text};</source>
        <translation>reaksiyon {text};</translation>
    </message>
    <message>
        <source>healing {text};</source>
        <translation>iyileşme {text};</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Hekim</translation>
    </message>
    <message>
        <source>Areas and depths</source>
        <translation>Bölgeler ve derinlikler</translation>
    </message>
    <message>
        <source>Anaesthesia</source>
        <translation>Anestezi</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaksiyonlar</translation>
    </message>
    <message>
        <source>Follow-up notes</source>
        <translation>Kontrol notları</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Not: {text}</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>the file could not be read ({reason}).</source>
        <translation>dosya okunamadı ({reason}).</translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <source>Add photos</source>
        <translation>Fotoğraf ekle</translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation>&amp;Bölge</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tür</translation>
    </message>
    <message>
        <source>&amp;Angle</source>
        <translation>&amp;Açı</translation>
    </message>
    <message>
        <source>{count} photo(s) for {where}</source>
        <translation>{where} için {count} fotoğraf</translation>
    </message>
</context>
<context>
    <name>IncomingPhotos</name>
    <message>
        <source>Incoming photos</source>
        <translation>Gelen fotoğraflar</translation>
    </message>
    <message>
        <source>Add to the selected &amp;area…</source>
        <translation>Seçili &amp;bölgeye ekle…</translation>
    </message>
    <message>
        <source>Incoming photos: the folder {folder} is not reachable from this computer.</source>
        <translation>Gelen fotoğraflar: {folder} klasörüne bu bilgisayardan ulaşılamıyor.</translation>
    </message>
    <message>
        <source>Incoming photos in {folder}: {count}</source>
        <translation>{folder} klasöründeki gelen fotoğraflar: {count}</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Same as the computer</source>
        <translation>Bilgisayarınkiyle aynı</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Interface language</source>
        <translation>Arayüz dili</translation>
    </message>
    <message>
        <source>The language of your own screens. Other people at this computer keep theirs.</source>
        <translation>Kendi ekranlarınızın dili. Bu bilgisayarı kullanan diğer kişiler kendi dillerinde çalışmaya devam eder.</translation>
    </message>
    <message>
        <source>The language of this person&apos;s screens, from their next log-in.</source>
        <translation>Bu kişinin ekranlarının dili; bir sonraki girişinden itibaren geçerli olur.</translation>
    </message>
    <message>
        <source>The clinic&apos;s language</source>
        <translation>Kliniğin dili</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Bilgisayarınkiyle aynı</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Interface language</source>
        <translation>Arayüz dili</translation>
    </message>
    <message>
        <source>The translation could not be loaded, so PeelDesk stays in this language. Run the set-up again (./dev setup) or reinstall PeelDesk.</source>
        <translation>Çeviri yüklenemedi; PeelDesk bu dilde kalıyor. Kurulumu yeniden çalıştırın (./dev setup) ya da PeelDesk&apos;i yeniden kurun.</translation>
    </message>
    <message>
        <source>The interface is now in {language}.</source>
        <translation>Arayüz dili artık {language}.</translation>
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
        <source>Also logged in on this computer: {names}.</source>
        <translation>Bu bilgisayarda giriş yapmış diğer kişiler: {names}.</translation>
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
        <source>&amp;Switch user…</source>
        <translation>Kullanıcı &amp;değiştir…</translation>
    </message>
    <message>
        <source>A question is waiting for an answer on this desk. {name} unlocks and answers it first; then another person can log in.</source>
        <translation>Bu masada yanıt bekleyen bir soru var. Önce {name} kilidi açıp soruyu yanıtlamalı; ardından başka biri giriş yapabilir.</translation>
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
        <source>PeelDesk — switch user</source>
        <translation>PeelDesk — kullanıcı değiştir</translation>
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
    <name>LogoField</name>
    <message>
        <source>PNG or JPEG file; leave empty for no logo</source>
        <translation>PNG ya da JPEG dosyası; logo istemiyorsanız boş bırakın</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözat…</translation>
    </message>
    <message>
        <source>This image is damaged or in an unusual format. Save the logo again as PNG or JPEG.</source>
        <translation>Bu resim bozuk ya da alışılmadık bir biçimde. Logoyu PNG ya da JPEG olarak yeniden kaydedin.</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Klinik logosunu seçin</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Resimler (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Patients</source>
        <translation>Hast&amp;alar</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation>Ödeme&amp;ler</translation>
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
        <source>S&amp;witch user…</source>
        <translation>Kullanıcı değiş&amp;tir…</translation>
    </message>
    <message>
        <source>Interface &amp;language…</source>
        <translation>Arayüz &amp;dili…</translation>
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
    <name>MoneyEventTableModel</name>
    <message>
        <source>When</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>What</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Yöntem</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Makbuz</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kaydeden</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <source>{number} (cancelled)</source>
        <translation>{number} (iptal edildi)</translation>
    </message>
</context>
<context>
    <name>MoneySection</name>
    <message>
        <source>&lt;b&gt;Payments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ödemeler&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>Print recei&amp;pt</source>
        <translation>Makbu&amp;z yazdır</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>İade et…</translation>
    </message>
    <message>
        <source>Cancel receipt…</source>
        <translation>Makbuzu iptal et…</translation>
    </message>
    <message>
        <source>Extend course…</source>
        <translation>Kürü uzat…</translation>
    </message>
    <message>
        <source>Close course…</source>
        <translation>Kürü kapat…</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kürler</translation>
    </message>
    <message>
        <source>Payments and receipts</source>
        <translation>Ödemeler ve makbuzlar</translation>
    </message>
    <message>
        <source>The payments could not be loaded: {error}</source>
        <translation>Ödemeler yüklenemedi: {error}</translation>
    </message>
    <message>
        <source>Owes {amount}</source>
        <translation>Borcu {amount}</translation>
    </message>
    <message>
        <source>paid {amount}</source>
        <translation>ödenen {amount}</translation>
    </message>
    <message>
        <source>In credit {amount} · paid {paid}</source>
        <translation>Alacaklı {amount} · ödenen {paid}</translation>
    </message>
    <message>
        <source>Owes nothing · paid {amount}</source>
        <translation>Borcu yok · ödenen {amount}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Current passphrase or recovery key:</source>
        <translation>Şu anki parola ya da kurtarma anahtarı:</translation>
    </message>
    <message>
        <source>New clinic passphrase:</source>
        <translation>Yeni klinik parolası:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Aynısı yeniden:</translation>
    </message>
    <message>
        <source>At least 10 characters; a few unrelated words are easy to remember and hard to guess. Everyone who opens PeelDesk on this computer needs it.</source>
        <translation>En az 10 karakter; birbiriyle ilgisiz birkaç sözcük hem kolay hatırlanır hem de zor tahmin edilir. Bu bilgisayarda PeelDesk&apos;i açan herkesin buna ihtiyacı olacak.</translation>
    </message>
    <message>
        <source>Protect the new clinic&apos;s data</source>
        <translation>Yeni kliniğin verilerini koruyun</translation>
    </message>
    <message>
        <source>PeelDesk keeps the clinic&apos;s records encrypted on this computer. Choose the clinic passphrase: it is asked each time PeelDesk starts.</source>
        <translation>PeelDesk kliniğin kayıtlarını bu bilgisayarda şifreli tutar. Klinik parolasını belirleyin: PeelDesk her açıldığında sorulur.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for {name}</source>
        <translation>{name} için yeni parola</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Parola</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Parola (&amp;tekrar)</translation>
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
        <source>Isotretinoin last dose</source>
        <translation>İzotretinoin son dozu</translation>
    </message>
    <message>
        <source>The date this consent was signed on paper, before consents were signed on screen. It is kept as history: the consents that count are signed in the patient&apos;s Consents section.</source>
        <translation>Bu onamın, onamlar ekranda imzalanmaya başlamadan önce kâğıt üzerinde imzalandığı tarih. Geçmiş kaydı olarak tutulur: geçerli onamlar hastanın Onamlar bölümünde imzalanır.</translation>
    </message>
    <message>
        <source>Treatment consent on paper</source>
        <translation>Kâğıt üzerinde tedavi onamı</translation>
    </message>
    <message>
        <source>Photo consent on paper</source>
        <translation>Kâğıt üzerinde fotoğraf onamı</translation>
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
        <source>&lt;b&gt;This patient may already be registered.&lt;/b&gt; Open the existing record (what you typed here is not saved), or save anyway if this is a different person.</source>
        <translation>&lt;b&gt;Bu hasta zaten kayıtlı olabilir.&lt;/b&gt; Mevcut kaydı açın (burada yazdıklarınız kaydedilmez) ya da başka biriyse yine de kaydedin.</translation>
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
    <name>PatientQuotesDialog</name>
    <message>
        <source>Price quotes — {name}</source>
        <translation>Fiyat teklifleri — {name}</translation>
    </message>
    <message>
        <source>No quotes yet. Press “New quote” to make one.</source>
        <translation>Henüz teklif yok. Bir teklif hazırlamak için “Yeni teklif”e basın.</translation>
    </message>
    <message>
        <source>&amp;New quote…</source>
        <translation>&amp;Yeni teklif…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Price quotes</source>
        <translation>Fiyat teklifleri</translation>
    </message>
    <message>
        <source>Price quote</source>
        <translation>Fiyat teklifi</translation>
    </message>
</context>
<context>
    <name>PatientSearchPage</name>
    <message>
        <source>Name, phone digits or birth date (31.12.1980)</source>
        <translation>Ad, telefon rakamları veya doğum tarihi (31.12.1980)</translation>
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
    <name>PatientWorkspace</name>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Close this patient (Ctrl+W)</source>
        <translation>Bu hastayı kapat (Ctrl+W)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sessions&lt;/b&gt; (newest first; Enter opens)</source>
        <translation>&lt;b&gt;Seanslar&lt;/b&gt; (en yenisi önce; Enter açar)</translation>
    </message>
    <message>
        <source>This patient could not be loaded: {error}</source>
        <translation>Bu hasta yüklenemedi: {error}</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (arşivde)</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>doğum {date}</translation>
    </message>
    <message>
        <source>skin type {type}</source>
        <translation>cilt tipi {type}</translation>
    </message>
    <message>
        <source>Screening asked on {date}.</source>
        <translation>Kontrendikasyon sorgusu {date} tarihinde yapıldı.</translation>
    </message>
    <message>
        <source>No contraindication screening on file.</source>
        <translation>Kayıtlı kontrendikasyon sorgusu yok.</translation>
    </message>
    <message>
        <source>The patient {facts}.</source>
        <translation>Hasta: {facts}.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Give money back</source>
        <translation>Para iadesi</translation>
    </message>
    <message>
        <source>Take a payment</source>
        <translation>Ödeme al</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Ödeme</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Kapora</translation>
    </message>
    <message>
        <source>The patient&apos;s balance</source>
        <translation>Hastanın bakiyesi</translation>
    </message>
    <message>
        <source>Course: {areas} ({quote})</source>
        <translation>Kür: {areas} ({quote})</translation>
    </message>
    <message>
        <source>Session: {when} · {areas}</source>
        <translation>Seans: {when} · {areas}</translation>
    </message>
    <message>
        <source>&amp;Print the receipt</source>
        <translation>Makbuzu &amp;yazdır</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Tutar</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>Yönte&amp;m</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Tü&amp;r</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Karşılığı</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Gerekçe</translation>
    </message>
    <message>
        <source>&amp;Give back</source>
        <translation>&amp;İade et</translation>
    </message>
    <message>
        <source>&amp;Take payment</source>
        <translation>Ödemeyi &amp;al</translation>
    </message>
    <message>
        <source>{patient} owes {amount}.</source>
        <translation>{patient} hastasının borcu {amount}.</translation>
    </message>
    <message>
        <source>{patient} has {amount} in credit.</source>
        <translation>{patient} hastasının {amount} alacağı var.</translation>
    </message>
    <message>
        <source>{patient} owes nothing.</source>
        <translation>{patient} hastasının borcu yok.</translation>
    </message>
</context>
<context>
    <name>PaymentWords</name>
    <message>
        <source>Charge</source>
        <translation>Borç kaydı</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Kapora</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Ödeme</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>İade</translation>
    </message>
    <message>
        <source>Cancelled receipt</source>
        <translation>İptal edilen makbuz</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Nakit</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kart</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Havale/EFT</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kapalı</translation>
    </message>
</context>
<context>
    <name>PaymentsFeature</name>
    <message>
        <source>Take pa&amp;yment…</source>
        <translation>Ödeme &amp;veya kapora al…</translation>
    </message>
    <message>
        <source>Find and select a patient first.</source>
        <translation>Önce bir hasta bulup seçin.</translation>
    </message>
    <message>
        <source>Give money back</source>
        <translation>Para iadesi</translation>
    </message>
    <message>
        <source>Take a payment</source>
        <translation>Ödeme al</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Makbuz</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Makbuz {number}</translation>
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
    <name>PhotoBadges</name>
    <message>
        <source>Before</source>
        <translation>Önce</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sonra</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Ön</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sol</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Sağ</translation>
    </message>
    <message>
        <source>Left 45°</source>
        <translation>Sol 45°</translation>
    </message>
    <message>
        <source>Right 45°</source>
        <translation>Sağ 45°</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>{depth} µm</source>
        <translation>{depth} µm</translation>
    </message>
</context>
<context>
    <name>PhotoGridModel</name>
    <message>
        <source>not treated</source>
        <translation>uygulanmadı</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} fotoğraf</translation>
    </message>
    <message>
        <source>Depth {depth} µm</source>
        <translation>Derinlik {depth} µm</translation>
    </message>
    <message>
        <source>{date} (planned)</source>
        <translation>{date} (planlandı)</translation>
    </message>
</context>
<context>
    <name>PhotoGridView</name>
    <message>
        <source>Photos by session and area</source>
        <translation>Seans ve bölgeye göre fotoğraflar</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>&amp;Sign now…</source>
        <translation>Şimdi &amp;imzalat…</translation>
    </message>
    <message>
        <source>A&amp;dd photos…</source>
        <translation>Fotoğraf &amp;ekle…</translation>
    </message>
    <message>
        <source>&amp;Take photo…</source>
        <translation>Fotoğraf &amp;çek…</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Kamera bulunamadı</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Karşılaştır</translation>
    </message>
    <message>
        <source>Mark two photos with Space, then compare (C)</source>
        <translation>Boşluk tuşuyla iki fotoğraf işaretleyin, sonra karşılaştırın (C)</translation>
    </message>
    <message>
        <source>The patient has not consented to clinical photography (or has withdrawn it): no photo is shown or taken until the consent is signed.</source>
        <translation>Hasta klinik fotoğraf çekimine onay vermemiş (ya da onayını geri çekmiş): onam imzalanana kadar hiçbir fotoğraf gösterilmez ve çekilmez.</translation>
    </message>
    <message>
        <source>No sessions yet: photos belong to a session&apos;s areas.</source>
        <translation>Henüz seans yok: fotoğraflar bir seansın bölgelerine eklenir.</translation>
    </message>
    <message>
        <source>{count} photos. Drop files on an area of a session to add them.</source>
        <translation>{count} fotoğraf. Eklemek için dosyaları bir seansın bölgesinin üzerine bırakın.</translation>
    </message>
    <message>
        <source>{count} of 2 marked</source>
        <translation>İşaretli: {count}/2</translation>
    </message>
    <message>
        <source>{area}, session of {date}</source>
        <translation>{area}, {date} seansı</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <source>Select the session and the treated area the photos belong to.</source>
        <translation>Fotoğrafların ait olduğu seansı ve uygulama bölgesini seçin.</translation>
    </message>
    <message>
        <source>Add photos — {where}</source>
        <translation>Fotoğraf ekle — {where}</translation>
    </message>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Görüntüler ({patterns});;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Wait until the photos being added are done.</source>
        <translation>Eklenmekte olan fotoğraflar bitene kadar bekleyin.</translation>
    </message>
    <message>
        <source>Adding photos: {done} of {total}…</source>
        <translation>Fotoğraflar ekleniyor: {done} / {total}…</translation>
    </message>
    <message>
        <source>{count} photo(s) added.</source>
        <translation>{count} fotoğraf eklendi.</translation>
    </message>
    <message>
        <source>Not added: {file} — {reason}</source>
        <translation>Eklenmedi: {file} — {reason}</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Loading the photo…</source>
        <translation>Fotoğraf yükleniyor…</translation>
    </message>
</context>
<context>
    <name>PhotoWords</name>
    <message>
        <source>Before</source>
        <translation>Önce</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sonra</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Önden</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Sol yan</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Sağ yan</translation>
    </message>
    <message>
        <source>Left 45°</source>
        <translation>Sol 45°</translation>
    </message>
    <message>
        <source>Right 45°</source>
        <translation>Sağ 45°</translation>
    </message>
    <message>
        <source>Other angle</source>
        <translation>Başka açı</translation>
    </message>
    <message>
        <source>depth {depth} µm</source>
        <translation>derinlik {depth} µm</translation>
    </message>
    <message>
        <source>depth not recorded</source>
        <translation>derinlik kaydedilmemiş</translation>
    </message>
    <message>
        <source>taken {taken} · session of {session} · {depth}</source>
        <translation>çekim {taken} · {session} seansı · {depth}</translation>
    </message>
</context>
<context>
    <name>PhotosFeature</name>
    <message>
        <source>&amp;Photos</source>
        <translation>&amp;Fotoğraflar</translation>
    </message>
    <message>
        <source>P&amp;hotos</source>
        <translation>F&amp;otoğraflar</translation>
    </message>
    <message>
        <source>Find and select a patient first.</source>
        <translation>Önce bir hasta bulup seçin.</translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <source>By size band</source>
        <translation>Boyut aralığına göre</translation>
    </message>
    <message>
        <source>Per cm² with a minimum charge</source>
        <translation>cm² başına, en düşük ücretle</translation>
    </message>
    <message>
        <source>Areas together</source>
        <translation>Birlikte yapılan bölgeler</translation>
    </message>
    <message>
        <source>Sessions package</source>
        <translation>Seans paketi</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Fiyat listesi</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>Fiyatlara KDV dahil</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Sürüm:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Para birimi:</translation>
    </message>
    <message>
        <source>&amp;Pricing:</source>
        <translation>&amp;Fiyatlandırma:</translation>
    </message>
    <message>
        <source>Price per cm²:</source>
        <translation>cm² fiyatı:</translation>
    </message>
    <message>
        <source>Minimum charge:</source>
        <translation>En düşük ücret:</translation>
    </message>
    <message>
        <source>&amp;VAT rate (%):</source>
        <translation>&amp;KDV oranı (%):</translation>
    </message>
    <message>
        <source>&amp;Round totals to:</source>
        <translation>Toplamları yu&amp;varla:</translation>
    </message>
    <message>
        <source>Above (cm²)</source>
        <translation>Alt sınır (cm²)</translation>
    </message>
    <message>
        <source>Up to (cm²; empty: no limit)</source>
        <translation>Üst sınır (cm²; boş: sınırsız)</translation>
    </message>
    <message>
        <source>Price per session</source>
        <translation>Seans fiyatı</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Area codes</source>
        <translation>Bölge kodları</translation>
    </message>
    <message>
        <source>Min. sessions</source>
        <translation>En az seans</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>İndirim %</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>Aralık ekle</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>Aralığı çıkar</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Kural ekle</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Kuralı çıkar</translation>
    </message>
    <message>
        <source>&amp;New version from current</source>
        <translation>Geçerli listeden yeni &amp;sürüm</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Taslağı kay&amp;det</translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation>&amp;Yayınla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Size bands (a size belongs to the band with above &lt; size ≤ up to):</source>
        <translation>Boyut aralıkları (bir boyut, alt sınır &lt; boyut ≤ üst sınır olan aralığa girer):</translation>
    </message>
    <message>
        <source>Discount rules (the best of each kind applies; the two kinds stack):</source>
        <translation>İndirim kuralları (her türün en iyisi uygulanır; iki tür birlikte uygulanır):</translation>
    </message>
    <message>
        <source>Area codes for “areas together” rules, separated by commas: {codes}</source>
        <translation>“Birlikte yapılan bölgeler” kuralları için bölge kodları, virgülle ayrılmış: {codes}</translation>
    </message>
    <message>
        <source>No price list yet: start a new version.</source>
        <translation>Henüz fiyat listesi yok: yeni bir sürüm başlatın.</translation>
    </message>
    <message>
        <source>published (read-only)</source>
        <translation>yayında (salt okunur)</translation>
    </message>
    <message>
        <source>draft — not used until published</source>
        <translation>taslak — yayınlanana kadar kullanılmaz</translation>
    </message>
    <message>
        <source>a size in cm² for band {number}</source>
        <translation>{number}. aralık için cm² cinsinden bir boyut</translation>
    </message>
    <message>
        <source>a price for band {number}</source>
        <translation>{number}. aralık için bir fiyat</translation>
    </message>
    <message>
        <source>Rule {number}: enter the minimum sessions as a whole number.</source>
        <translation>Kural {number}: en az seans sayısını tam sayı olarak girin.</translation>
    </message>
    <message>
        <source>a discount % for rule {number}</source>
        <translation>{number}. kural için bir indirim yüzdesi</translation>
    </message>
    <message>
        <source>the price per cm²</source>
        <translation>cm² fiyatını</translation>
    </message>
    <message>
        <source>the minimum charge</source>
        <translation>en düşük ücreti</translation>
    </message>
    <message>
        <source>the VAT rate</source>
        <translation>KDV oranını</translation>
    </message>
    <message>
        <source>the rounding step (e.g. 1 or 10)</source>
        <translation>yuvarlama adımını (ör. 1 ya da 10)</translation>
    </message>
    <message>
        <source>Publish price list</source>
        <translation>Fiyat listesini yayınla</translation>
    </message>
    <message>
        <source>Publish version {version}? New quotes will use it; quotes already made keep their prices. A published version cannot be changed.</source>
        <translation>{version}. sürüm yayınlansın mı? Yeni teklifler bu sürümü kullanır; hazırlanmış teklifler fiyatlarını korur. Yayınlanan sürüm değiştirilemez.</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <source>Aftercare products</source>
        <translation>Bakım ürünleri</translation>
    </message>
    <message>
        <source>Products for {name}&apos;s session of {when}. One product per line, with how to use it (e.g. “Healing cream, three times a day”).</source>
        <translation>{name} için {when} seansının ürünleri. Her satıra bir ürün ve nasıl kullanılacağı (ör. “Onarıcı krem, günde üç kez”).</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Discard</source>
        <translation>Değişiklikleri at</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
</context>
<context>
    <name>QuoteBuilderDialog</name>
    <message>
        <source>No manual discount</source>
        <translation>Elle indirim yok</translation>
    </message>
    <message>
        <source>Percent (%)</source>
        <translation>Yüzde (%)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>Price quote — {name}</source>
        <translation>Fiyat teklifi — {name}</translation>
    </message>
    <message>
        <source>Add an area</source>
        <translation>Bölge ekle</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>ölçülecek</translation>
    </message>
    <message>
        <source>Custom area (type its name)…</source>
        <translation>Özel bölge (adını yazın)…</translation>
    </message>
    <message>
        <source>Type an area name…</source>
        <translation>Bir bölge adı yazın…</translation>
    </message>
    <message>
        <source>Name of the custom area</source>
        <translation>Özel bölgenin adı</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Bölge:</translation>
    </message>
    <message>
        <source>Si&amp;ze (cm²):</source>
        <translation>B&amp;oyut (cm²):</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>Satırı &amp;çıkar</translation>
    </message>
    <message>
        <source>&amp;Sessions:</source>
        <translation>&amp;Seans sayısı:</translation>
    </message>
    <message>
        <source>Reason (required for a manual discount)</source>
        <translation>Gerekçe (elle indirim için zorunlu)</translation>
    </message>
    <message>
        <source>&amp;Discount:</source>
        <translation>&amp;İndirim:</translation>
    </message>
    <message>
        <source>Price list version {version} ({currency}), VAT {rate} % included in the prices, totals rounded to {step}.</source>
        <translation>Fiyat listesi sürümü {version} ({currency}), KDV %{rate} fiyatlara dahil, toplamlar {step} katına yuvarlanır.</translation>
    </message>
    <message>
        <source>Price list version {version} ({currency}), VAT {rate} % added, totals rounded to {step}.</source>
        <translation>Fiyat listesi sürümü {version} ({currency}), KDV %{rate} eklenir, toplamlar {step} katına yuvarlanır.</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Taslağı &amp;kaydet</translation>
    </message>
    <message>
        <source>&amp;Issue quote</source>
        <translation>Teklifi &amp;ver</translation>
    </message>
    <message>
        <source>&amp;Preview / print…</source>
        <translation>&amp;Önizle / yazdır…</translation>
    </message>
    <message>
        <source>Patient a&amp;ccepted</source>
        <translation>Hasta kabul e&amp;tti</translation>
    </message>
    <message>
        <source>Patient dec&amp;lined</source>
        <translation>Hasta &amp;reddetti</translation>
    </message>
    <message>
        <source>&amp;Book sessions…</source>
        <translation>Seansları &amp;planla…</translation>
    </message>
    <message>
        <source>Book a session with this quote&apos;s areas and sizes.</source>
        <translation>Bu teklifin bölgeleri ve boyutlarıyla bir seans planla.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Choose an area from the list, or “Custom area”.</source>
        <translation>Listeden bir bölge ya da “Özel bölge” seçin.</translation>
    </message>
    <message>
        <source>Type the name of the custom area.</source>
        <translation>Özel bölgenin adını yazın.</translation>
    </message>
    <message>
        <source>the discount percent</source>
        <translation>indirim yüzdesini</translation>
    </message>
    <message>
        <source>the discount amount</source>
        <translation>indirim tutarını</translation>
    </message>
    <message>
        <source>Add an area to see the price.</source>
        <translation>Fiyatı görmek için bir bölge ekleyin.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Ara toplam</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>İndirimler</translation>
    </message>
    <message>
        <source>VAT added ({rate} %)</source>
        <translation>Eklenen KDV (%{rate})</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Yuvarlama</translation>
    </message>
    <message>
        <source>of which VAT ({rate} %)</source>
        <translation>içindeki KDV (%{rate})</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>not issued yet</source>
        <translation>henüz verilmedi</translation>
    </message>
    <message>
        <source>{name} · quote {number} · {status}</source>
        <translation>{name} · teklif {number} · {status}</translation>
    </message>
    <message>
        <source> · valid until {date}</source>
        <translation> · {date} tarihine kadar geçerli</translation>
    </message>
    <message>
        <source>Save quote</source>
        <translation>Teklifi kaydet</translation>
    </message>
    <message>
        <source>Issue quote</source>
        <translation>Teklifi ver</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Teklif</translation>
    </message>
    <message>
        <source>Book sessions</source>
        <translation>Seansları planla</translation>
    </message>
    <message>
        <source>Quote {number}: {count} session(s) accepted; book each one.</source>
        <translation>Teklif {number}: {count} seans kabul edildi; her birini planlayın.</translation>
    </message>
    <message>
        <source>Add by hand: {areas}.</source>
        <translation>Elle ekleyin: {areas}.</translation>
    </message>
    <message>
        <source>Print quote</source>
        <translation>Teklifi yazdır</translation>
    </message>
    <message>
        <source>Price quote {number}</source>
        <translation>Fiyat teklifi {number}</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(taslak)</translation>
    </message>
    <message>
        <source>Close quote</source>
        <translation>Teklifi kapat</translation>
    </message>
    <message>
        <source>This quote has changes that are not saved. Save them as a draft?</source>
        <translation>Bu teklifte kaydedilmemiş değişiklikler var. Taslak olarak kaydedilsin mi?</translation>
    </message>
</context>
<context>
    <name>QuoteLineTableModel</name>
    <message>
        <source>Area</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <source>Size (cm²)</source>
        <translation>Boyut (cm²)</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Aralık</translation>
    </message>
    <message>
        <source>Per session</source>
        <translation>Seans başına</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Seanslar</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>İndirim</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>KDV</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the measured size.</source>
        <translation>Ölçülen boyutu değiştirmek için çift tıklayın ya da F2’ye basın.</translation>
    </message>
    <message>
        <source>Includes rounding of {amount}.</source>
        <translation>{amount} yuvarlama içerir.</translation>
    </message>
    <message>
        <source>min.</source>
        <translation>en düşük</translation>
    </message>
</context>
<context>
    <name>QuoteTableModel</name>
    <message>
        <source>Draft</source>
        <translation>Taslak</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Verildi</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Süresi doldu</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numara</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturma</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geçerlilik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(taslak)</translation>
    </message>
</context>
<context>
    <name>QuotesMenu</name>
    <message>
        <source>New price &amp;quote…</source>
        <translation>Yeni fiyat &amp;teklifi…</translation>
    </message>
    <message>
        <source>Price quo&amp;tes…</source>
        <translation>Fiyat teklif&amp;leri…</translation>
    </message>
    <message>
        <source>Price &amp;list…</source>
        <translation>Fiyat &amp;listesi…</translation>
    </message>
    <message>
        <source>Find and select a patient first.</source>
        <translation>Önce bir hasta bulup seçin.</translation>
    </message>
    <message>
        <source>New price quote</source>
        <translation>Yeni fiyat teklifi</translation>
    </message>
    <message>
        <source>Quote {number} saved for {name}.</source>
        <translation>Teklif {number}, {name} için kaydedildi.</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(taslak)</translation>
    </message>
    <message>
        <source>Price quotes</source>
        <translation>Fiyat teklifleri</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Fiyat listesi</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Sessions to add</source>
        <translation>Eklenecek &amp;seans</translation>
    </message>
    <message>
        <source>&amp;Price of each added session</source>
        <translation>Eklenen her seansın &amp;fiyatı</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Gerekçe</translation>
    </message>
    <message>
        <source>Cancel a receipt</source>
        <translation>Makbuzu iptal et</translation>
    </message>
    <message>
        <source>Receipt {number}: {kind} of {amount}. The receipt stays on file marked cancelled, and a counter-entry takes its money back into the balance.</source>
        <translation>Makbuz {number}: {amount} tutarında {kind}. Makbuz iptal işaretiyle kayıtlarda kalır; bir karşı kayıt bu tutarı bakiyeye geri ekler.</translation>
    </message>
    <message>
        <source>&amp;Cancel receipt</source>
        <translation>Makbuzu iptal &amp;et</translation>
    </message>
    <message>
        <source>Extend a course</source>
        <translation>Kürü uzat</translation>
    </message>
    <message>
        <source>{areas}: {total} sessions, {left} left. The added sessions are charged at the price below (one session&apos;s share of the quote); leave it empty to add them free.</source>
        <translation>{areas}: {total} seans, {left} kaldı. Eklenen seanslar aşağıdaki fiyattan (teklifteki bir seansın payı) borç yazılır; ücretsiz eklemek için boş bırakın.</translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation>&amp;Uzat</translation>
    </message>
    <message>
        <source>Close a course early</source>
        <translation>Kürü erken kapat</translation>
    </message>
    <message>
        <source>{areas}: {done} of {total} sessions done. No more sessions can be booked from it; what was paid stays, and a refund is given separately.</source>
        <translation>{areas}: {total} seansın {done} tanesi yapıldı. Bu kürden artık seans ayrılamaz; ödenenler kayıtta kalır, iade ayrıca yapılır.</translation>
    </message>
    <message>
        <source>C&amp;lose course</source>
        <translation>Kürü &amp;kapat</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key: print it now</source>
        <translation>Kurtarma anahtarı: şimdi yazdırın</translation>
    </message>
    <message>
        <source>This is the recovery key of the clinic&apos;s database. Print the sheet (or write the key down) and keep it in the clinic&apos;s safe. It opens the database and every backup if the passphrase is forgotten. It is shown only this once: with neither the passphrase nor this key, nobody can open the data again, PeelDesk included.</source>
        <translation>Bu, kliniğin veritabanının kurtarma anahtarıdır. Sayfayı yazdırın (ya da anahtarı bir kâğıda yazın) ve kliniğin kasasında saklayın. Parola unutulursa veritabanını ve tüm yedekleri bu anahtar açar. Yalnızca bu kez gösterilir: ne parola ne de bu anahtar varsa, PeelDesk dahil hiç kimse verileri bir daha açamaz.</translation>
    </message>
    <message>
        <source>Save the sheet to print (PDF)…</source>
        <translation>Yazdırılacak sayfayı kaydet (PDF)…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>Kurtarma anahtarını yazdırdım ya da bir kâğıda yazdım</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Devam</translation>
    </message>
    <message>
        <source>PeelDesk recovery key</source>
        <translation>PeelDesk kurtarma anahtarı</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Veritabanı: {path}</translation>
    </message>
    <message>
        <source>Keep this sheet in the clinic&apos;s safe, away from the computer. Whoever holds it can open the clinic&apos;s patient records.</source>
        <translation>Bu sayfayı bilgisayardan uzakta, kliniğin kasasında saklayın. Bu sayfaya sahip olan herkes kliniğin hasta kayıtlarını açabilir.</translation>
    </message>
    <message>
        <source>When nobody remembers the clinic passphrase, type this key instead of it when PeelDesk starts (capitals and dashes do not matter), then set a new passphrase in the Administration menu.</source>
        <translation>Klinik parolasını kimse hatırlamıyorsa PeelDesk açılırken parola yerine bu anahtarı yazın (büyük/küçük harf ve tireler önemli değildir), ardından Yönetim menüsünden yeni bir parola belirleyin.</translation>
    </message>
    <message>
        <source>With neither the passphrase nor this key, the database and its backups cannot be opened again by anyone.</source>
        <translation>Ne parola ne de bu anahtar varsa veritabanı ve yedekleri bir daha hiç kimse tarafından açılamaz.</translation>
    </message>
</context>
<context>
    <name>ResourcesDialog</name>
    <message>
        <source>Rooms, devices and working hours</source>
        <translation>Odalar, cihazlar ve çalışma saatleri</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>&amp;Odalar</translation>
    </message>
    <message>
        <source>Laser &amp;devices</source>
        <translation>Lazer &amp;cihazları</translation>
    </message>
    <message>
        <source>Working &amp;hours</source>
        <translation>Çalışma &amp;saatleri</translation>
    </message>
    <message>
        <source>Device &amp;log</source>
        <translation>Cihaz &amp;kaydı</translation>
    </message>
</context>
<context>
    <name>SealingActions</name>
    <message>
        <source>&amp;Encrypt the database…</source>
        <translation>Veritabanını &amp;şifrele…</translation>
    </message>
    <message>
        <source>Change the clinic &amp;passphrase…</source>
        <translation>Klinik pa&amp;rolasını değiştir…</translation>
    </message>
    <message>
        <source>Re-&amp;key the database (key leaked)…</source>
        <translation>Veritabanını &amp;tamamen yeniden şifrele (anahtar sızdıysa)…</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Veritabanını şifrele</translation>
    </message>
    <message>
        <source>The database is copied into an encrypted file, checked, and put in its place; the readable original is then removed. This cannot be undone. From now on the clinic passphrase is asked each time PeelDesk starts.</source>
        <translation>Veritabanı şifreli bir dosyaya kopyalanır, denetlenir ve asıl dosyanın yerine konur; okunabilir asıl dosya ardından silinir. Bu işlem geri alınamaz. Bundan sonra PeelDesk her açıldığında klinik parolası sorulur.</translation>
    </message>
    <message>
        <source>Backups made before</source>
        <translation>Önceden alınmış yedekler</translation>
    </message>
    <message>
        <source>{count} backup(s) made before the database was encrypted can still be read by anyone who gets the files. Delete them now? (A new encrypted backup is made at the next backup.)</source>
        <translation>Veritabanı şifrelenmeden önce alınmış {count} yedek, dosyaları ele geçiren herkes tarafından hâlâ okunabilir. Şimdi silinsin mi? (Bir sonraki yedeklemede şifreli yeni bir yedek alınır.)</translation>
    </message>
    <message>
        <source>{count} readable backup(s) deleted.</source>
        <translation>Okunabilir {count} yedek silindi.</translation>
    </message>
    <message>
        <source>Change the clinic passphrase</source>
        <translation>Klinik parolasını değiştir</translation>
    </message>
    <message>
        <source>The recovery key in the safe stays valid; the old passphrase stops working.</source>
        <translation>Kasadaki kurtarma anahtarı geçerli kalır; eski parola artık çalışmaz.</translation>
    </message>
    <message>
        <source>The clinic passphrase was changed.</source>
        <translation>Klinik parolası değiştirildi.</translation>
    </message>
    <message>
        <source>Re-key the database</source>
        <translation>Veritabanını yeniden şifrele</translation>
    </message>
    <message>
        <source>For when the passphrase or the recovery key may have been seen by someone else: the database is encrypted again with a new key, and a new recovery key replaces the one in the safe. Backups made before still open with the old passphrase or recovery key.</source>
        <translation>Parola ya da kurtarma anahtarı başkasının eline geçmiş olabilirse: veritabanı yeni bir anahtarla yeniden şifrelenir ve kasadaki kurtarma anahtarının yerine yenisi geçer. Önceden alınmış yedekler eski parola ya da kurtarma anahtarıyla açılmaya devam eder.</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <source>Lock the screen after</source>
        <translation>Ekranı kilitle:</translation>
    </message>
    <message>
        <source> min without use (0: never)</source>
        <translation> dk kullanılmayınca (0: hiçbir zaman)</translation>
    </message>
    <message>
        <source>Shortest password</source>
        <translation>En kısa parola</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> karakter</translation>
    </message>
    <message>
        <source>Lock an account after</source>
        <translation>Hesabı kilitle:</translation>
    </message>
    <message>
        <source> wrong passwords</source>
        <translation> yanlış paroladan sonra</translation>
    </message>
    <message>
        <source>for</source>
        <translation>süre</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> dakika</translation>
    </message>
    <message>
        <source>Passwords and screen lock</source>
        <translation>Parolalar ve ekran kilidi</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Change booking — {name}</source>
        <translation>Randevuyu değiştir — {name}</translation>
    </message>
    <message>
        <source>Book a session — {name}</source>
        <translation>Seans planla — {name}</translation>
    </message>
    <message>
        <source>Record session — {name}</source>
        <translation>Seansı kaydet — {name}</translation>
    </message>
    <message>
        <source>Session — {name}</source>
        <translation>Seans — {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {when}, {minutes} min, {status}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {when}, {minutes} dk, {status}</translation>
    </message>
    <message>
        <source>Indications</source>
        <translation>Endikasyonlar</translation>
    </message>
    <message>
        <source>Combined with</source>
        <translation>Birlikte yapılan</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notlar</translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation>K&amp;ontrol tarihi</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>gg.aa.yyyy</translation>
    </message>
    <message>
        <source>Shots (&amp;pulses)</source>
        <translation>&amp;Atış sayısı</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>isteğe bağlı</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Planla</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>C&amp;hange booking…</source>
        <translation>&amp;Randevuyu değiştir…</translation>
    </message>
    <message>
        <source>Cancel &amp;session</source>
        <translation>Seansı &amp;iptal et</translation>
    </message>
    <message>
        <source>No-sho&amp;w</source>
        <translation>&amp;Gelmedi</translation>
    </message>
    <message>
        <source>Print &amp;aftercare…</source>
        <translation>&amp;Bakım sayfasını yazdır…</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tarih</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Saat</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>ss:dd</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <source>from the areas</source>
        <translation>bölgelerden</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>S&amp;üre</translation>
    </message>
    <message>
        <source>or &amp;ends at</source>
        <translation>ya da &amp;bitiş</translation>
    </message>
    <message>
        <source>hh:mm (optional)</source>
        <translation>ss:dd (isteğe bağlı)</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Oda</translation>
    </message>
    <message>
        <source>La&amp;ser device</source>
        <translation>Lazer &amp;cihazı</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— seçin —</translation>
    </message>
    <message>
        <source>&lt;b&gt;This booking is not possible as it stands.&lt;/b&gt; Nothing was saved.</source>
        <translation>&lt;b&gt;Bu randevu bu hâliyle verilemez.&lt;/b&gt; Hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>Choose another time, room or device, or ask a physician to book it.</source>
        <translation>Başka bir saat, oda ya da cihaz seçin veya randevuyu bir hekimin vermesini isteyin.</translation>
    </message>
    <message>
        <source>Reason to book anyway (kept in the audit trail)</source>
        <translation>Yine de planlama gerekçesi (denetim kaydında saklanır)</translation>
    </message>
    <message>
        <source>Book any&amp;way</source>
        <translation>&amp;Yine de planla</translation>
    </message>
    <message>
        <source>Type the reason first, e.g. “short check-up”.</source>
        <translation>Önce gerekçeyi yazın, örneğin “kısa kontrol”.</translation>
    </message>
    <message>
        <source>— not from a course —</source>
        <translation>— kürden değil —</translation>
    </message>
    <message>
        <source>{areas} ({quote}): session {n} of {total}</source>
        <translation>{areas} ({quote}): seans {n}/{total}</translation>
    </message>
    <message>
        <source>C&amp;ourse</source>
        <translation>Kü&amp;r</translation>
    </message>
    <message>
        <source>&amp;Physician</source>
        <translation>&amp;Hekim</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Durum</translation>
    </message>
    <message>
        <source>&amp;Anaesthesia</source>
        <translation>&amp;Anestezi</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bölgeler</translation>
    </message>
    <message>
        <source>Area to add</source>
        <translation>Eklenecek bölge</translation>
    </message>
    <message>
        <source>&amp;Add area</source>
        <translation>Bölge &amp;ekle</translation>
    </message>
    <message>
        <source>&amp;Copy from last session</source>
        <translation>Son &amp;seanstan kopyala</translation>
    </message>
    <message>
        <source>The session&apos;s notes are shown to physicians only.</source>
        <translation>Seans notları yalnızca hekimlere gösterilir.</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>ölçün</translation>
    </message>
    <message>
        <source>This patient has no earlier session to copy from.</source>
        <translation>Bu hastanın kopyalanacak daha önceki bir seansı yok.</translation>
    </message>
    <message>
        <source>Copied from the session of {date}</source>
        <translation>{date} seansından kopyalandı</translation>
    </message>
    <message>
        <source>Type the end time as hours:minutes.</source>
        <translation>Bitiş saatini saat:dakika olarak yazın.</translation>
    </message>
    <message>
        <source>Type the follow-up date as day.month.year.</source>
        <translation>Kontrol tarihini gün.ay.yıl olarak yazın.</translation>
    </message>
    <message>
        <source>Type the shots as a whole number, e.g. 1200.</source>
        <translation>Atış sayısını tam sayı olarak yazın, örn. 1200.</translation>
    </message>
    <message>
        <source>Do you want to cancel this session?</source>
        <translation>Bu seansı iptal etmek istiyor musunuz?</translation>
    </message>
    <message>
        <source>Do you want to mark this session a no-show?</source>
        <translation>Bu seansı “gelmedi” olarak işaretlemek istiyor musunuz?</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Seans</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Değişiklikler atılsın mı?</translation>
    </message>
    <message>
        <source>You have typed changes that are not saved. Discard them?</source>
        <translation>Kaydedilmemiş değişiklikleriniz var. Atılsın mı?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please check before booking.&lt;/b&gt; Nothing has been saved yet.</source>
        <translation>&lt;b&gt;Lütfen planlamadan önce kontrol edin.&lt;/b&gt; Henüz hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>I have checked: &amp;book anyway</source>
        <translation>Kontrol ettim: yine de &amp;planla</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red. Nothing was saved.</source>
        <translation>Lütfen kırmızıyla işaretlenen alanları düzeltin. Hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>Ne&amp;xt free slot</source>
        <translation>Sıradaki boş saati bu&amp;l</translation>
    </message>
    <message>
        <source>Fill in the first free time from the date in the form for the chosen physician, room and device (or any), within working hours and outside the healing interval of the areas ({keys}).</source>
        <translation>Formdaki tarihten itibaren seçili hekim, oda ve cihaz (ya da herhangi biri) için çalışma saatleri içinde ve bölgelerin iyileşme süresi dışında kalan ilk boş saati doldurur ({keys}).</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Hekim</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bölgeler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>{patient} with {physician} — press Enter to open</source>
        <translation>{patient}, {physician} ile — açmak için Enter’a basın</translation>
    </message>
    <message>
        <source>Double booking: {physician} has another session at this time.</source>
        <translation>Çift randevu: {physician} bu saatte başka bir seansta.</translation>
    </message>
    <message>
        <source> (double-booked)</source>
        <translation> (çift randevu)</translation>
    </message>
    <message>
        <source>session {n} of {total}</source>
        <translation>seans {n}/{total}</translation>
    </message>
</context>
<context>
    <name>SessionPhotos</name>
    <message>
        <source>Add ph&amp;otos…</source>
        <translation>&amp;Fotoğraf ekle…</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Fotoğraf ekle</translation>
    </message>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Görüntüler ({patterns});;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>session of {date}</source>
        <translation>{date} seansı</translation>
    </message>
    <message>
        <source>Adding photos: {done} of {total}…</source>
        <translation>Fotoğraflar ekleniyor: {done} / {total}…</translation>
    </message>
    <message>
        <source>{count} photo(s) added.</source>
        <translation>{count} fotoğraf eklendi.</translation>
    </message>
    <message>
        <source>Not added: {file} — {reason}</source>
        <translation>Eklenmedi: {file} — {reason}</translation>
    </message>
</context>
<context>
    <name>SessionPickerDialog</name>
    <message>
        <source>Which session is this sheet for? Press Enter to print the selected one.</source>
        <translation>Bu sayfa hangi seans için? Seçili seansı yazdırmak için Enter tuşuna basın.</translation>
    </message>
    <message>
        <source>&amp;Print this session</source>
        <translation>Bu seansı &amp;yazdır</translation>
    </message>
</context>
<context>
    <name>SessionsFeature</name>
    <message>
        <source>&amp;Book session…</source>
        <translation>Seans &amp;planla…</translation>
    </message>
    <message>
        <source>Re&amp;cord session…</source>
        <translation>Seansı ka&amp;ydet…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Geçmiş</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Seanslar</translation>
    </message>
    <message>
        <source>&amp;Day list</source>
        <translation>&amp;Gün listesi</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Bugün</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>&amp;Önceki gün</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>S&amp;onraki gün</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>&amp;Takvim</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Sekmeyi &amp;kapat</translation>
    </message>
    <message>
        <source>Treatment area &amp;catalog…</source>
        <translation>Tedavi bölgesi &amp;kataloğu…</translation>
    </message>
    <message>
        <source>&amp;Rooms, devices and working hours…</source>
        <translation>&amp;Odalar, cihazlar ve çalışma saatleri…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Takvim</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Find and select a patient first.</source>
        <translation>Önce bir hasta bulup seçin.</translation>
    </message>
    <message>
        <source>Book session</source>
        <translation>Seans planla</translation>
    </message>
    <message>
        <source>Record session</source>
        <translation>Seansı kaydet</translation>
    </message>
    <message>
        <source>This patient has no planned session to record. Book one first (Ctrl+B).</source>
        <translation>Bu hastanın kaydedilecek planlı seansı yok. Önce bir seans planlayın (Ctrl+B).</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Seansı aç</translation>
    </message>
    <message>
        <source>Saved the session of {name} on {when}.</source>
        <translation>{name} için {when} seansı kaydedildi.</translation>
    </message>
    <message>
        <source>The treatment history is for physicians; ask a physician to open it.</source>
        <translation>Tedavi geçmişi hekimler içindir; açması için bir hekime başvurun.</translation>
    </message>
    <message>
        <source>History — {name}</source>
        <translation>Geçmiş — {name}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geçmiş</translation>
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
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <source>Every date and time is shown and printed in this zone, whatever the computer&apos;s clock is set to. Type part of a name to find it.</source>
        <translation>Her tarih ve saat, bilgisayarın saati neye ayarlı olursa olsun bu dilimde gösterilir ve yazdırılır. Bulmak için adının bir kısmını yazın.</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>Saat dili&amp;mi</translation>
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
        <source>Reception&apos;s discount li&amp;mit</source>
        <translation>Resepsiyonun indirim sı&amp;nırı</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>Arayüz di&amp;li</translation>
    </message>
    <message>
        <source>A new interface language is used as soon as you save: the window is rebuilt in it, with the same patients open.</source>
        <translation>Yeni arayüz dili kaydettiğiniz anda kullanılır: pencere, aynı hastalar açık kalacak şekilde bu dilde yeniden kurulur.</translation>
    </message>
    <message>
        <source>Backups (of this computer&apos;s database file)</source>
        <translation>Bu bilgisayardaki veritabanı dosyasının yedekleri</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> saat</translation>
    </message>
    <message>
        <source>only at start</source>
        <translation>yalnızca açılışta</translation>
    </message>
    <message>
        <source>Back &amp;up every</source>
        <translation>&amp;Yedekleme aralığı</translation>
    </message>
    <message>
        <source>Keep dail&amp;y</source>
        <translation>&amp;Günlük yedek sayısı</translation>
    </message>
    <message>
        <source>Keep &amp;weekly</source>
        <translation>&amp;Haftalık yedek sayısı</translation>
    </message>
    <message>
        <source>Treatment photos</source>
        <translation>Tedavi fotoğrafları</translation>
    </message>
    <message>
        <source>&amp;Incoming folder</source>
        <translation>&amp;Gelen fotoğraflar klasörü</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>The folder where the camera or phone saves photos; new files there are offered in the history&apos;s Photos tab to add to a session.</source>
        <translation>Kameranın ya da telefonun fotoğrafları kaydettiği klasör; buradaki yeni dosyalar, geçmişin Fotoğraflar sekmesinde bir seansa eklenmek üzere listelenir.</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> saniye</translation>
    </message>
    <message>
        <source>Look e&amp;very</source>
        <translation>&amp;Tarama aralığı</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Fiyatlar</translation>
    </message>
    <message>
        <source>&amp;Price list…</source>
        <translation>&amp;Fiyat listesi…</translation>
    </message>
    <message>
        <source>Currency and VAT belong to the price list, versioned with its prices.</source>
        <translation>Para birimi ve KDV, fiyatlarıyla birlikte sürümlenen fiyat listesine aittir.</translation>
    </message>
    <message>
        <source>No price list is published yet: quotes cannot be priced.</source>
        <translation>Henüz yayımlanmış bir fiyat listesi yok: teklifler fiyatlandırılamaz.</translation>
    </message>
    <message>
        <source>included in the prices</source>
        <translation>fiyatlara dahil</translation>
    </message>
    <message>
        <source>added to the prices</source>
        <translation>fiyatlara eklenir</translation>
    </message>
    <message>
        <source>Quotes are priced in {currency}, VAT {rate} % {included} (price list version {version}).</source>
        <translation>Teklifler {currency} ile fiyatlandırılır, KDV %{rate} {included} (fiyat listesi sürümü {version}).</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red. Nothing was saved.</source>
        <translation>Lütfen kırmızıyla işaretlenen alanları düzeltin. Hiçbir şey kaydedilmedi.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>PeelDesk — first start</source>
        <translation>PeelDesk — ilk açılış</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to PeelDesk.&lt;/b&gt;&lt;br&gt;Create the administrator account first. The administrator adds the other staff accounts later (Admin menu). There is no default password: choose one of at least {length} characters that is hard to guess (three or four unrelated words, for example) and keep it safe.</source>
        <translation>&lt;b&gt;PeelDesk’e hoş geldiniz.&lt;/b&gt;&lt;br&gt;Önce yönetici hesabını oluşturun. Yönetici, diğer personel hesaplarını daha sonra ekler (Yönetim menüsü). Hazır bir parola yoktur: en az {length} karakterlik, tahmin edilmesi zor bir parola seçin (örneğin birbiriyle ilgisiz üç dört sözcük) ve güvenle saklayın.</translation>
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
        <source>Fill in the next free slot (session form)</source>
        <translation>Sıradaki boş saati doldur (seans formu)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Cash-up: previous / next day, read again</source>
        <translation>Kasa raporu: önceki / sonraki gün, yeniden oku</translation>
    </message>
    <message>
        <source>Alt+←, Alt+→, F5</source>
        <translation>Alt+←, Alt+→, F5</translation>
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
        <translation>↑, ↓, Sayfa Yukarı, Sayfa Aşağı</translation>
    </message>
    <message>
        <source>Open the selected patient</source>
        <translation>Seçili hastayı aç</translation>
    </message>
    <message>
        <source>In the calendar</source>
        <translation>Takvimde</translation>
    </message>
    <message>
        <source>Select a session</source>
        <translation>Seans seç</translation>
    </message>
    <message>
        <source>↑, ↓, ←, →</source>
        <translation>↑, ↓, ←, →</translation>
    </message>
    <message>
        <source>Move the session by 15 minutes</source>
        <translation>Seansı 15 dakika kaydır</translation>
    </message>
    <message>
        <source>Alt+↑, Alt+↓ (or Ctrl)</source>
        <translation>Alt+↑, Alt+↓ (veya Ctrl)</translation>
    </message>
    <message>
        <source>Make it 15 minutes shorter or longer</source>
        <translation>15 dakika kısalt veya uzat</translation>
    </message>
    <message>
        <source>Shift+Alt+↑, Shift+Alt+↓</source>
        <translation>Shift+Alt+↑, Shift+Alt+↓</translation>
    </message>
    <message>
        <source>Move the session a day earlier or later</source>
        <translation>Seansı bir gün önceye ya da sonraya taşı</translation>
    </message>
    <message>
        <source>Ctrl+←, Ctrl+→</source>
        <translation>Ctrl+←, Ctrl+→</translation>
    </message>
    <message>
        <source>Open the session</source>
        <translation>Seansı aç</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter, çift tıklama</translation>
    </message>
    <message>
        <source>Previous / next day or week</source>
        <translation>Önceki / sonraki gün veya hafta</translation>
    </message>
    <message>
        <source>Page Up, Page Down, Alt+←, Alt+→</source>
        <translation>Sayfa Yukarı, Sayfa Aşağı, Alt+←, Alt+→</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Type a date</source>
        <translation>Tarih yaz</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Columns by physician, room, device</source>
        <translation>Sütunlar hekime, odaya, cihaza göre</translation>
    </message>
    <message>
        <source>Alt+1, Alt+2, Alt+3</source>
        <translation>Alt+1, Alt+2, Alt+3</translation>
    </message>
    <message>
        <source>Whose week: physician, room or device</source>
        <translation>Kimin haftası: hekim, oda ya da cihaz</translation>
    </message>
    <message>
        <source>Alt+4</source>
        <translation>Alt+4</translation>
    </message>
    <message>
        <source>Day view, week view</source>
        <translation>Gün görünümü, hafta görünümü</translation>
    </message>
    <message>
        <source>Ctrl+1, Ctrl+2</source>
        <translation>Ctrl+1, Ctrl+2</translation>
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
    <message>
        <source>In forms and previews</source>
        <translation>Formlarda ve önizlemelerde</translation>
    </message>
    <message>
        <source>Go to a field</source>
        <translation>Bir alana git</translation>
    </message>
    <message>
        <source>Alt + its underlined letter</source>
        <translation>Alt + altı çizili harfi</translation>
    </message>
    <message>
        <source>Book the session; print the preview</source>
        <translation>Seansı planla; önizlemeyi yazdır</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign in the box with the pen, a finger or the mouse.</source>
        <translation>Kutunun içine kalemle, parmakla ya da fareyle imza atın.</translation>
    </message>
    <message>
        <source>&amp;Undo last stroke</source>
        <translation>Son çizgiyi &amp;geri al</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>Temi&amp;zle</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Consent of {name}: {kind}</source>
        <translation>{name} onamı: {kind}</translation>
    </message>
    <message>
        <source>&amp;Language of the form:</source>
        <translation>Formun &amp;dili:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signature of {name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name} imzası&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Witnessed by:</source>
        <translation>&amp;Tanık:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>İ&amp;mzala</translation>
    </message>
    <message>
        <source>Version {version}, published {date}</source>
        <translation>{version}. sürüm, yayımlanma: {date}</translation>
    </message>
    <message>
        <source>not written in the chosen language yet; shown in English</source>
        <translation>seçilen dilde henüz yok; İngilizcesi gösteriliyor</translation>
    </message>
    <message>
        <source>Clear the signature to show the form in another language.</source>
        <translation>Formu başka bir dilde göstermek için önce imzayı temizleyin.</translation>
    </message>
    <message>
        <source>Pick the staff member who witnessed the signature.</source>
        <translation>İmzaya tanıklık eden personeli seçin.</translation>
    </message>
    <message>
        <source>Discard the signature?</source>
        <translation>İmza silinsin mi?</translation>
    </message>
    <message>
        <source>The patient has signed but the consent is not stored. Discard it?</source>
        <translation>Hasta imzaladı ama onam henüz kaydedilmedi. İmza silinsin mi?</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>Personel hesapları</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ekle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>&amp;Parola belirle…</translation>
    </message>
    <message>
        <source>&amp;Deactivate / reactivate</source>
        <translation>Pasifleştir / etkinleş&amp;tir</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Kilidi &amp;aç</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>Arayüz d&amp;ili…</translation>
    </message>
    <message>
        <source>Select an account in the list first.</source>
        <translation>Önce listeden bir hesap seçin.</translation>
    </message>
</context>
<context>
    <name>StaffEditDialog</name>
    <message>
        <source>Staff — {name}</source>
        <translation>Personel — {name}</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>Yeni personel hesabı</translation>
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
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
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
        <source>leave empty: listed only, cannot log in</source>
        <translation>boş bırakın: yalnızca listede, giriş yapamaz</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Last log-in</source>
        <translation>Son giriş</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>pasif</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation>{time} saatine kadar kilitli</translation>
    </message>
    <message>
        <source>active</source>
        <translation>etkin</translation>
    </message>
    <message>
        <source>listed only (cannot log in)</source>
        <translation>yalnızca listede (giriş yapamaz)</translation>
    </message>
</context>
<context>
    <name>StartingWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Veritabanı açılıyor…</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>PeelDesk cannot open the database</source>
        <translation>PeelDesk veritabanını açamıyor</translation>
    </message>
    <message>
        <source>{problem} (and {count} more)</source>
        <translation>{problem} (ve {count} sorun daha)</translation>
    </message>
    <message>
        <source>Problem found: {problem}</source>
        <translation>Bulunan sorun: {problem}</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Veritabanı bozuk</translation>
    </message>
    <message>
        <source>The database {path} failed its integrity check and no good backup of it was found in {folder}. PeelDesk will close without changing anything. Ask your administrator, or restore a copy with “peeldesk restore”.</source>
        <translation>{path} veritabanı bütünlük denetiminden geçemedi ve {folder} klasöründe sağlam bir yedeği bulunamadı. PeelDesk hiçbir şeyi değiştirmeden kapanacak. Yöneticinize başvurun ya da “peeldesk restore” komutuyla bir kopyayı geri yükleyin.</translation>
    </message>
    <message>
        <source>The database {path} failed its integrity check.</source>
        <translation>{path} veritabanı bütünlük denetiminden geçemedi.</translation>
    </message>
    <message>
        <source>Restore the newest good backup, made on {when} ({count} patients)? Changes made after that backup will be missing. The damaged file is kept beside it for an expert to look at.</source>
        <translation>{when} tarihinde alınan en yeni sağlam yedek ({count} hasta) geri yüklensin mi? O yedekten sonra yapılan değişiklikler eksik olacak. Bozuk dosya, bir uzmanın incelemesi için yanında saklanır.</translation>
    </message>
    <message>
        <source>Choose No to close PeelDesk without changing anything.</source>
        <translation>PeelDesk’i hiçbir şeyi değiştirmeden kapatmak için Hayır’ı seçin.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Yedek geri yüklendi</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Yedek geri yüklenmedi</translation>
    </message>
    <message>
        <source>The backup of {when} was restored. The previous file was kept as {file}.</source>
        <translation>{when} tarihli yedek geri yüklendi. Önceki dosya {file} olarak saklandı.</translation>
    </message>
    <message>
        <source>Checking the database file ({step} of {steps})… saving waits for it.</source>
        <translation>Veritabanı dosyası denetleniyor ({step}/{steps})… kaydetme bunun bitmesini bekliyor.</translation>
    </message>
    <message>
        <source>Database file checked.</source>
        <translation>Veritabanı dosyası denetlendi.</translation>
    </message>
    <message>
        <source>The database file failed its check.</source>
        <translation>Veritabanı dosyası denetimden geçemedi.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>all languages</source>
        <translation>tüm diller</translation>
    </message>
    <message>
        <source>Handout templates</source>
        <translation>Broşür şablonları</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Varsayılana döndür</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <source>Your changes to this template are not saved. Discard them?</source>
        <translation>Bu şablondaki değişiklikleriniz kaydedilmedi. Atılsın mı?</translation>
    </message>
    <message>
        <source>For the physician&apos;s review — {note}</source>
        <translation>Hekimin gözden geçirmesi için — {note}</translation>
    </message>
    <message>
        <source>Placeholders you can use: {names}</source>
        <translation>Kullanabileceğiniz yer tutucular: {names}</translation>
    </message>
    <message>
        <source>Depths in µm and days counted from the session day (day 0).</source>
        <translation>Derinlikler µm cinsinden; günler seans gününden (0. gün) sayılır.</translation>
    </message>
    <message>
        <source>Edited by the clinic.</source>
        <translation>Klinik tarafından düzenlendi.</translation>
    </message>
    <message>
        <source>The default text is in use.</source>
        <translation>Varsayılan metin kullanılıyor.</translation>
    </message>
    <message>
        <source>Saved. New sheets use this text.</source>
        <translation>Kaydedildi. Yeni sayfalar bu metni kullanır.</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Varsayılana döndür</translation>
    </message>
    <message>
        <source>Replace the clinic&apos;s version of this template by the default text?</source>
        <translation>Bu şablonun klinik sürümü varsayılan metinle değiştirilsin mi?</translation>
    </message>
</context>
<context>
    <name>TimeZoneCombo</name>
    <message>
        <source>Same as the computer ({zone})</source>
        <translation>Bilgisayarınkiyle aynı ({zone})</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open the clinic&apos;s database</source>
        <translation>Kliniğin veritabanını aç</translation>
    </message>
    <message>
        <source>This clinic&apos;s database is encrypted. Type the clinic passphrase, or the recovery key kept in the clinic&apos;s safe.</source>
        <translation>Bu kliniğin veritabanı şifreli. Klinik parolasını ya da kliniğin kasasında saklanan kurtarma anahtarını yazın.</translation>
    </message>
    <message>
        <source>Clinic passphrase</source>
        <translation>Klinik parolası</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çık</translation>
    </message>
    <message>
        <source>Type the clinic passphrase first.</source>
        <translation>Önce klinik parolasını yazın.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Planned</source>
        <translation>Planlandı</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Geldi</translation>
    </message>
    <message>
        <source>In treatment</source>
        <translation>Tedavide</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Yapıldı</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Gelmedi</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>Topical cream</source>
        <translation>Topikal krem</translation>
    </message>
    <message>
        <source>Local injection</source>
        <translation>Lokal enjeksiyon</translation>
    </message>
    <message>
        <source>Wrinkles</source>
        <translation>Kırışıklık</translation>
    </message>
    <message>
        <source>Acne scars</source>
        <translation>Akne izi</translation>
    </message>
    <message>
        <source>Surgical scars</source>
        <translation>Ameliyat izi</translation>
    </message>
    <message>
        <source>Sun spots</source>
        <translation>Güneş lekesi</translation>
    </message>
    <message>
        <source>Actinic keratoses</source>
        <translation>Aktinik keratoz</translation>
    </message>
    <message>
        <source>Enlarged pores</source>
        <translation>Geniş gözenekler</translation>
    </message>
    <message>
        <source>Skin texture</source>
        <translation>Cilt dokusu</translation>
    </message>
    <message>
        <source>Fractional laser</source>
        <translation>Fraksiyonel lazer</translation>
    </message>
    <message>
        <source>Microneedling</source>
        <translation>Mikroiğneleme</translation>
    </message>
    <message>
        <source>Chemical peel</source>
        <translation>Kimyasal peeling</translation>
    </message>
    <message>
        <source>PRP</source>
        <translation>PRP</translation>
    </message>
    <message>
        <source>Day 3–4 check</source>
        <translation>3.–4. gün kontrolü</translation>
    </message>
    <message>
        <source>One-week review</source>
        <translation>Bir hafta kontrolü</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Prolonged redness</source>
        <translation>Uzun süren kızarıklık</translation>
    </message>
    <message>
        <source>Blistering</source>
        <translation>Kabarcıklanma</translation>
    </message>
    <message>
        <source>Pigment change</source>
        <translation>Pigment değişikliği</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Enfeksiyon</translation>
    </message>
    <message>
        <source>Herpes flare</source>
        <translation>Uçuk (herpes) alevlenmesi</translation>
    </message>
    <message>
        <source>Scarring</source>
        <translation>Skar oluşumu</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>resepsiyon</translation>
    </message>
    <message>
        <source>physician</source>
        <translation>hekim</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>yönetici</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Resepsiyon</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Hekim</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <source>takes or recently took isotretinoin</source>
        <translation>isotretinoin kullanıyor ya da yakın zamanda kullandı</translation>
    </message>
    <message>
        <source>is pregnant or breast-feeding</source>
        <translation>hamile ya da emziriyor</translation>
    </message>
    <message>
        <source>has a history of herpes (cold sores)</source>
        <translation>uçuk (herpes) geçmişi var</translation>
    </message>
    <message>
        <source>takes anticoagulants</source>
        <translation>kan sulandırıcı kullanıyor</translation>
    </message>
    <message>
        <source>has keloid or hypertrophic scars</source>
        <translation>keloid ya da hipertrofik skarı var</translation>
    </message>
    <message>
        <source>takes photosensitising drugs</source>
        <translation>ışığa duyarlılık yapan ilaç kullanıyor</translation>
    </message>
    <message>
        <source>is currently tanned</source>
        <translation>şu an bronz (güneşten yanmış)</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw a consent</source>
        <translation>Onamı geri al</translation>
    </message>
    <message>
        <source>{form}, version {version}, signed on {when}. The signature stays on file; the consent no longer counts from now on.</source>
        <translation>{form}, {version}. sürüm, {when} tarihinde imzalandı. İmza dosyada kalır; onam bundan sonra geçerli sayılmaz.</translation>
    </message>
    <message>
        <source>&amp;Reason the patient gives (optional):</source>
        <translation>Hastanın belirttiği &amp;neden (isteğe bağlı):</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>Onamı &amp;geri al</translation>
    </message>
    <message>
        <source>Withdraw the consent for {form}? This cannot be undone.</source>
        <translation>“{form}” onamı geri alınsın mı? Bu işlem geri alınamaz.</translation>
    </message>
</context>
<context>
    <name>WorkingHoursTab</name>
    <message>
        <source>&amp;Physician</source>
        <translation>&amp;Hekim</translation>
    </message>
    <message>
        <source>&amp;Monday</source>
        <translation>&amp;Pazartesi</translation>
    </message>
    <message>
        <source>&amp;Tuesday</source>
        <translation>Sa&amp;lı</translation>
    </message>
    <message>
        <source>&amp;Wednesday</source>
        <translation>Ça&amp;rşamba</translation>
    </message>
    <message>
        <source>T&amp;hursday</source>
        <translation>Per&amp;şembe</translation>
    </message>
    <message>
        <source>&amp;Friday</source>
        <translation>C&amp;uma</translation>
    </message>
    <message>
        <source>&amp;Saturday</source>
        <translation>Cumar&amp;tesi</translation>
    </message>
    <message>
        <source>S&amp;unday</source>
        <translation>Pa&amp;zar</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>izin günü</translation>
    </message>
    <message>
        <source>Type 09:00–18:00, or 09:00–13:00, 14:00–18:00 for a split day; leave a day empty for a day off. A physician with no hours at all is booked at any time.</source>
        <translation>09:00–18:00 ya da bölünmüş bir gün için 09:00–13:00, 14:00–18:00 yazın; izin günü için günü boş bırakın. Hiç çalışma saati girilmemiş bir hekime her saatte randevu verilebilir.</translation>
    </message>
    <message>
        <source>Sa&amp;ve hours</source>
        <translation>Saatleri &amp;kaydet</translation>
    </message>
    <message>
        <source>Add a physician first (Staff accounts).</source>
        <translation>Önce bir hekim ekleyin (Personel hesapları).</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Çalışma saatleri</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Not now</source>
        <translation>Şimdi değil</translation>
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
    <message>
        <source>Print &amp;anyway</source>
        <translation>Yine de &amp;yazdır</translation>
    </message>
    <message>
        <source>Open clinic &amp;settings</source>
        <translation>Klinik &amp;ayarlarını aç</translation>
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
        <source>Preparing the sheet for the session of {session}…</source>
        <translation>Sayfa hazırlanıyor… Seans: {session}</translation>
    </message>
    <message>
        <source>Aftercare products</source>
        <translation>Bakım ürünleri</translation>
    </message>
    <message>
        <source>Handout templates</source>
        <translation>Broşür şablonları</translation>
    </message>
    <message>
        <source>no areas recorded</source>
        <translation>bölge kaydedilmemiş</translation>
    </message>
    <message>
        <source>{when} — {areas} (today)</source>
        <translation>{when} — {areas} (bugün)</translation>
    </message>
    <message>
        <source>{when} — {areas}</source>
        <translation>{when} — {areas}</translation>
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

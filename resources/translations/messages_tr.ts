<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
    <context>
        <name>Messages</name>
        <message>
            <source>1 day</source>
            <translation>1 gün</translation>
        </message>
        <message>
            <source>A booking cannot move to another patient.</source>
            <translation>Bir randevu başka bir hastaya taşınamaz.</translation>
        </message>
        <message>
            <source>A chosen photo is hidden or no longer exists. Reload and choose again.</source>
            <translation>Seçilen fotoğraflardan biri gizlenmiş ya da artık yok. Listeyi yenileyip yeniden seçin.</translation>
        </message>
        <message>
            <source>A closed course cannot be extended.</source>
            <translation>Kapatılmış bir kür uzatılamaz.</translation>
        </message>
        <message>
            <source>A comparison sheet holds two or four photos.</source>
            <translation>Karşılaştırma sayfasında iki ya da dört fotoğraf olur.</translation>
        </message>
        <message>
            <source>A comparison sheet shows one area: choose photos of the same area.</source>
            <translation>Karşılaştırma sayfası tek bir bölgeyi gösterir: aynı bölgenin fotoğraflarını seçin.</translation>
        </message>
        <message>
            <source>A discount above {limit} % needs a physician or an administrator. Give at most {limit} %, or ask one of them to save the quote.</source>
            <translation>%{limit} üzerindeki bir indirim için hekim ya da yönetici onayı gerekir. En fazla %{limit} indirim yapın veya teklifi onlardan birine kaydettirin.</translation>
        </message>
        <message>
            <source>A discount amount must be more than zero.</source>
            <translation>İndirim tutarı sıfırdan büyük olmalıdır.</translation>
        </message>
        <message>
            <source>A last isotretinoin dose is given, but isotretinoin is not ticked.</source>
            <translation>Son izotretinoin dozu girilmiş, ancak izotretinoin işaretli değil.</translation>
        </message>
        <message>
            <source>A newer version of this consent form was published. Open the form again so the patient reads and signs the current text.</source>
            <translation>Bu onam formunun daha yeni bir sürümü yayımlandı. Hastanın güncel metni okuyup imzalaması için formu yeniden açın.</translation>
        </message>
        <message>
            <source>A password cannot be kept in this computer's settings, where anyone with access to the computer could read it.</source>
            <translation>Parola bu bilgisayarın ayarlarında saklanamaz; bilgisayara erişebilen herkes onu okuyabilir.</translation>
        </message>
        <message>
            <source>A percent discount must be more than 0 and at most 100 %.</source>
            <translation>Yüzde indirim 0’dan büyük ve en fazla %100 olmalıdır.</translation>
        </message>
        <message>
            <source>A quote can only be marked accepted or declined.</source>
            <translation>Bir teklif yalnızca kabul edildi ya da reddedildi olarak işaretlenebilir.</translation>
        </message>
        <message>
            <source>A session can be cancelled, a no-show, or planned.</source>
            <translation>Bir seans yalnızca iptal edildi, gelmedi ya da planlandı durumuna alınabilir.</translation>
        </message>
        <message>
            <source>A session can be marked as arrived or started.</source>
            <translation>Bir seans yalnızca geldi veya başladı olarak işaretlenebilir.</translation>
        </message>
        <message>
            <source>A session lasts between {low} and {high} minutes.</source>
            <translation>Bir seans {low} ile {high} dakika arasında sürer.</translation>
        </message>
        <message>
            <source>A single word or name with a few digits is easy to guess.</source>
            <translation>Tek bir sözcük ya da ad, birkaç rakamla birlikte bile kolay tahmin edilir.</translation>
        </message>
        <message>
            <source>A staff member must witness the withdrawal. Log in first.</source>
            <translation>Onamın geri alınmasına bir personel tanıklık etmelidir. Önce oturum açın.</translation>
        </message>
        <message>
            <source>A “{open}” or “{close}” is unmatched. Placeholders look like {example}; write {open}{open} or {close}{close} to print a brace.</source>
            <translation>Bir “{open}” ya da “{close}” işaretinin eşi yok. Yer tutucular {example} biçimindedir; süslü parantezin kendisini yazdırmak için {open}{open} ya da {close}{close} yazın.</translation>
        </message>
        <message>
            <source>Add at least one area before issuing the quote.</source>
            <translation>Teklifi vermeden önce en az bir bölge ekleyin.</translation>
        </message>
        <message>
            <source>Add at least one area to the quote.</source>
            <translation>Teklife en az bir bölge ekleyin.</translation>
        </message>
        <message>
            <source>Add at least one size band.</source>
            <translation>En az bir boyut aralığı ekleyin.</translation>
        </message>
        <message>
            <source>Add between 1 and {limit} sessions.</source>
            <translation>1 ile {limit} arasında seans ekleyin.</translation>
        </message>
        <message>
            <source>Aftercare sheet</source>
            <translation>İşlem sonrası bakım sayfası</translation>
        </message>
        <message>
            <source>All {total} sessions of this course are booked or done. Extend the course or book the session without it.</source>
            <translation>Bu kürün {total} seansının tümü randevulu ya da yapılmış. Kürü uzatın veya seansı kür dışında randevuya alın.</translation>
        </message>
        <message>
            <source>An amount has at most two decimals.</source>
            <translation>Tutar en fazla iki ondalık basamak içerebilir.</translation>
        </message>
        <message>
            <source>Another workstation is holding this record, so the last action was not completed. Wait a moment and try again; everything saved before is safe.</source>
            <translation>Bu kayıt başka bir bilgisayarda kullanılıyor, bu yüzden son işlem tamamlanmadı. Biraz bekleyip yeniden deneyin; daha önce kaydedilen her şey güvende.</translation>
        </message>
        <message>
            <source>Areas above {size} cm² have no band: leave the last band's upper size empty (no limit).</source>
            <translation>{size} cm² üzerindeki bölgeler hiçbir aralığa girmiyor: son aralığın üst sınırını boş bırakın (sınırsız).</translation>
        </message>
        <message>
            <source>Ask the patient to sign it first; nothing was saved.</source>
            <translation>Önce hastadan imzalamasını isteyin; hiçbir şey kaydedilmedi.</translation>
        </message>
        <message>
            <source>Band prices cannot be negative.</source>
            <translation>Aralık fiyatları negatif olamaz.</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Doğum tarihi</translation>
        </message>
        <message>
            <source>Choose English or Turkish as the preferred language.</source>
            <translation>Tercih edilen dil olarak İngilizce ya da Türkçe seçin.</translation>
        </message>
        <message>
            <source>Choose Turkish, English or the computer's language.</source>
            <translation>Türkçe, İngilizce ya da bilgisayarın dilini seçin.</translation>
        </message>
        <message>
            <source>Choose a SQLite file or a PostgreSQL server.</source>
            <translation>Bir SQLite dosyası ya da bir PostgreSQL sunucusu seçin.</translation>
        </message>
        <message>
            <source>Choose a deposit or a payment.</source>
            <translation>Kapora ya da ödeme seçin.</translation>
        </message>
        <message>
            <source>Choose a device from the list.</source>
            <translation>Listeden bir cihaz seçin.</translation>
        </message>
        <message>
            <source>Choose a password that is hard to guess: for example three or four unrelated words, with a digit or a sign between them.</source>
            <translation>Tahmin edilmesi zor bir parola seçin: örneğin aralarında bir rakam ya da işaret bulunan, birbiriyle ilgisiz üç dört sözcük.</translation>
        </message>
        <message>
            <source>Choose a physician or a room for the day sheet.</source>
            <translation>Günlük plan için bir hekim ya da oda seçin.</translation>
        </message>
        <message>
            <source>Choose a role: reception, physician or administrator.</source>
            <translation>Bir rol seçin: resepsiyon, hekim ya da yönetici.</translation>
        </message>
        <message>
            <source>Choose a room from the list.</source>
            <translation>Listeden bir oda seçin.</translation>
        </message>
        <message>
            <source>Choose an active physician from the list.</source>
            <translation>Listeden etkin bir hekim seçin.</translation>
        </message>
        <message>
            <source>Choose cash, card or bank transfer.</source>
            <translation>Nakit, kart ya da havale/EFT seçin.</translation>
        </message>
        <message>
            <source>Choose female, male or other.</source>
            <translation>Kadın, erkek ya da diğer seçeneklerinden birini seçin.</translation>
        </message>
        <message>
            <source>Choose one of the currencies {currencies}.</source>
            <translation>{currencies} para birimlerinden birini seçin.</translation>
        </message>
        <message>
            <source>Choose pricing by size band or per cm².</source>
            <translation>Boyut aralığına göre ya da cm² başına fiyatlandırmayı seçin.</translation>
        </message>
        <message>
            <source>Choose the angle the photo was taken from.</source>
            <translation>Fotoğrafın çekildiği açıyı seçin.</translation>
        </message>
        <message>
            <source>Choose the clinic's root certificate file (for example root.crt), with its full path.</source>
            <translation>Kliniğin kök sertifika dosyasını (örneğin root.crt) tam yoluyla seçin.</translation>
        </message>
        <message>
            <source>Choose the database file.</source>
            <translation>Veritabanı dosyasını seçin.</translation>
        </message>
        <message>
            <source>Choose the laser device for this session.</source>
            <translation>Bu seans için lazer cihazını seçin.</translation>
        </message>
        <message>
            <source>Choose the physician for this session.</source>
            <translation>Bu seansın hekimini seçin.</translation>
        </message>
        <message>
            <source>Choose the physician's file copy or the patient copy.</source>
            <translation>Hekim dosyası nüshasını ya da hasta nüshasını seçin.</translation>
        </message>
        <message>
            <source>Choose the room for this session.</source>
            <translation>Bu seans için odayı seçin.</translation>
        </message>
        <message>
            <source>Choose the time zone from the list, for example Europe/Istanbul.</source>
            <translation>Saat dilimini listeden seçin, örneğin Europe/Istanbul.</translation>
        </message>
        <message>
            <source>Choose thumbnail, screen or original.</source>
            <translation>Küçük resim, ekran boyu ya da orijinal seçin.</translation>
        </message>
        <message>
            <source>Choose whether the photo is before, after or a follow-up.</source>
            <translation>Fotoğrafın işlem öncesi mi, sonrası mı, yoksa kontrol fotoğrafı mı olduğunu seçin.</translation>
        </message>
        <message>
            <source>Choose yes or no for {setting}.</source>
            <translation>{setting} için evet ya da hayır seçin.</translation>
        </message>
        <message>
            <source>Connected: the database is empty. PeelDesk will set it up when it first starts with it.</source>
            <translation>Bağlanıldı: veritabanı boş. PeelDesk onunla ilk kez açıldığında veritabanını kuracak.</translation>
        </message>
        <message>
            <source>Connected: this PeelDesk database comes from an older version. It will be brought up to date when PeelDesk next starts with it (a database file is backed up first).</source>
            <translation>Bağlanıldı: bu PeelDesk veritabanı eski bir sürümden. PeelDesk onunla bir sonraki açılışında veritabanını güncelleyecek (veritabanı dosyasının önce yedeği alınır).</translation>
        </message>
        <message>
            <source>Connected: this is a PeelDesk database of this version, ready to use.</source>
            <translation>Bağlanıldı: bu, bu sürüme ait bir PeelDesk veritabanı ve kullanıma hazır.</translation>
        </message>
        <message>
            <source>Consent {consent} (its patient, form, witness or time) was changed after it was signed.</source>
            <translation>{consent} numaralı onam (hastası, formu, tanığı veya zamanı) imzalandıktan sonra değiştirilmiş.</translation>
        </message>
        <message>
            <source>Date of the paper photo consent</source>
            <translation>Kâğıt üzerindeki fotoğraf onamının tarihi</translation>
        </message>
        <message>
            <source>Date of the paper treatment consent</source>
            <translation>Kâğıt üzerindeki tedavi onamının tarihi</translation>
        </message>
        <message>
            <source>Dates and years are easy to guess.</source>
            <translation>Tarihler ve yıllar kolay tahmin edilir.</translation>
        </message>
        <message>
            <source>Define at least one depth tier, e.g. [superficial].</source>
            <translation>En az bir derinlik kademesi tanımlayın, ör. [superficial].</translation>
        </message>
        <message>
            <source>Depth tiers and recovery days</source>
            <translation>Derinlik kademeleri ve iyileşme günleri</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Cihaz</translation>
        </message>
        <message>
            <source>E-mail address is not valid (it should look like name@example.com).</source>
            <translation>E-posta adresi geçerli değil (ad@ornek.com biçiminde olmalı).</translation>
        </message>
        <message>
            <source>Enter a deepest depth between 1 and 2000 µm.</source>
            <translation>En derin derinliği 1 ile 2000 µm arasında girin.</translation>
        </message>
        <message>
            <source>Enter a discount limit between 0 and 100 %.</source>
            <translation>%0 ile %100 arasında bir indirim sınırı girin.</translation>
        </message>
        <message>
            <source>Enter a duration between 1 and {limit} minutes.</source>
            <translation>1 ile {limit} dakika arasında bir süre girin.</translation>
        </message>
        <message>
            <source>Enter a healing interval between 1 and 365 days.</source>
            <translation>İyileşme aralığını 1 ile 365 gün arasında girin.</translation>
        </message>
        <message>
            <source>Enter a number of days between 1 and 3650.</source>
            <translation>1 ile 3650 arasında bir gün sayısı girin.</translation>
        </message>
        <message>
            <source>Enter a plain number up to {limit}.</source>
            <translation>{limit} değerini aşmayan düz bir sayı girin.</translation>
        </message>
        <message>
            <source>Enter a port between 1 and 65535 (PostgreSQL uses 5432).</source>
            <translation>1 ile 65535 arasında bir bağlantı noktası girin (PostgreSQL 5432 kullanır).</translation>
        </message>
        <message>
            <source>Enter a price per cm² greater than zero.</source>
            <translation>Sıfırdan büyük bir cm² fiyatı girin.</translation>
        </message>
        <message>
            <source>Enter a shallowest depth between 1 and 2000 µm.</source>
            <translation>En yüzeysel derinliği 1 ile 2000 µm arasında girin.</translation>
        </message>
        <message>
            <source>Enter a size between 0 and {limit} cm² (check the measurement).</source>
            <translation>0 ile {limit} cm² arasında bir boyut girin (ölçümü kontrol edin).</translation>
        </message>
        <message>
            <source>Enter a two-letter country code such as TR, DE or GB: phone numbers typed without a country code are read as numbers of that country.</source>
            <translation>TR, DE ya da GB gibi iki harfli bir ülke kodu girin: ülke kodu olmadan yazılan telefon numaraları bu ülkenin numarası olarak okunur.</translation>
        </message>
        <message>
            <source>Enter a two-letter country code such as TR.</source>
            <translation>TR gibi iki harfli bir ülke kodu girin.</translation>
        </message>
        <message>
            <source>Enter how many days a quote stays valid, from 1 to 365.</source>
            <translation>Bir teklifin kaç gün geçerli olacağını 1 ile 365 arasında girin.</translation>
        </message>
        <message>
            <source>Enter how many hours between backups, from 1 to 168 (a week), or 0 for a backup only when PeelDesk starts.</source>
            <translation>Yedekler arasındaki saati 1 ile 168 (bir hafta) arasında girin; yalnızca PeelDesk açılırken yedek almak için 0 girin.</translation>
        </message>
        <message>
            <source>Enter only the server's name or address, without spaces or slashes.</source>
            <translation>Yalnızca sunucunun adını ya da adresini girin; boşluk ya da eğik çizgi kullanmayın.</translation>
        </message>
        <message>
            <source>Enter the amount as a number, such as 1250.50.</source>
            <translation>Tutarı 1250,50 gibi bir sayı olarak girin.</translation>
        </message>
        <message>
            <source>Enter the clinic's name: it is printed on every sheet patients take home.</source>
            <translation>Kliniğin adını girin: hastaların eve götürdüğü her belgede yazılıdır.</translation>
        </message>
        <message>
            <source>Enter the clinic's phone number: aftercare sheets tell patients to call it.</source>
            <translation>Kliniğin telefon numarasını girin: bakım talimatları hastalara bu numarayı aramalarını söyler.</translation>
        </message>
        <message>
            <source>Enter the database name (usually peeldesk).</source>
            <translation>Veritabanının adını girin (genellikle peeldesk).</translation>
        </message>
        <message>
            <source>Enter the incoming photos folder as a full path, such as /home/clinic/Photos or D:\Photos.</source>
            <translation>Gelen fotoğraflar klasörünü tam yoluyla girin, örneğin /home/clinic/Photos ya da D:\Photos.</translation>
        </message>
        <message>
            <source>Enter the server's name or address, for example 192.168.1.10.</source>
            <translation>Sunucunun adını ya da adresini girin, örneğin 192.168.1.10.</translation>
        </message>
        <message>
            <source>Enter {label} as a plain number.</source>
            <translation>{label} düz bir sayı olarak girin.</translation>
        </message>
        <message>
            <source>Enter {label}.</source>
            <translation>{label} girin.</translation>
        </message>
        <message>
            <source>Enter {setting} as a whole number.</source>
            <translation>{setting} için tam sayı girin.</translation>
        </message>
        <message>
            <source>Enter {setting} as text.</source>
            <translation>{setting} için metin girin.</translation>
        </message>
        <message>
            <source>Event {event} does not follow event {previous}: event {first} was deleted (or event {event} was edited).</source>
            <translation>{event} numaralı olay {previous} numaralı olayın ardından gelmiyor: {first} numaralı olay silinmiş (ya da {event} numaralı olay değiştirilmiş).</translation>
        </message>
        <message>
            <source>Event {event} does not follow event {previous}: events {first} to {last} were deleted (or event {event} was edited).</source>
            <translation>{event} numaralı olay {previous} numaralı olayın ardından gelmiyor: {first} ile {last} arasındaki olaylar silinmiş (ya da {event} numaralı olay değiştirilmiş).</translation>
        </message>
        <message>
            <source>Event {event} does not follow the start of the trail: event {first} was deleted (or event {event} was edited).</source>
            <translation>{event} numaralı olay kaydın başlangıcının ardından gelmiyor: {first} numaralı olay silinmiş (ya da {event} numaralı olay değiştirilmiş).</translation>
        </message>
        <message>
            <source>Event {event} does not follow the start of the trail: events {first} to {last} were deleted (or event {event} was edited).</source>
            <translation>{event} numaralı olay kaydın başlangıcının ardından gelmiyor: {first} ile {last} arasındaki olaylar silinmiş (ya da {event} numaralı olay değiştirilmiş).</translation>
        </message>
        <message>
            <source>Event {event} does not match its signature: it was edited (or added without the key).</source>
            <translation>{event} numaralı olay imzasıyla uyuşmuyor: değiştirilmiş (ya da anahtar olmadan eklenmiş).</translation>
        </message>
        <message>
            <source>Event {event}, recorded on {when} ({source}), is no longer in the trail as it was: the events from there on were deleted and replaced.</source>
            <translation>{when} tarihinde kaydedilen {event} numaralı olay ({source}) kayıtta artık olduğu gibi durmuyor: o noktadan sonraki olaylar silinmiş ve yerlerine başkaları yazılmış.</translation>
        </message>
        <message>
            <source>Event {inserted} was inserted: event {event} directly follows event {before}.</source>
            <translation>{inserted} numaralı olay sonradan araya eklenmiş: {event} numaralı olay doğrudan {before} numaralı olayın ardından geliyor.</translation>
        </message>
        <message>
            <source>Event {inserted} was inserted: event {event} directly follows the start of the trail.</source>
            <translation>{inserted} numaralı olay sonradan araya eklenmiş: {event} numaralı olay doğrudan kaydın başlangıcının ardından geliyor.</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Soyadı</translation>
        </message>
        <message>
            <source>Fluence</source>
            <translation>Enerji (fluens)</translation>
        </message>
        <message>
            <source>Follow-up notes belong to a session recorded as done.</source>
            <translation>Kontrol notları yalnızca yapıldı olarak kaydedilmiş bir seansa eklenebilir.</translation>
        </message>
        <message>
            <source>Foreign key: row {row} of table {table} points to a missing {parent} row.</source>
            <translation>Yabancı anahtar: {table} tablosunun {row} numaralı satırı, bulunmayan bir {parent} satırını gösteriyor.</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Cuma</translation>
        </message>
        <message>
            <source>Full name is required.</source>
            <translation>Adı soyadı gerekli.</translation>
        </message>
        <message>
            <source>Full name is too long or contains characters that cannot be printed.</source>
            <translation>Adı soyadı çok uzun ya da yazdırılamayan karakterler içeriyor.</translation>
        </message>
        <message>
            <source>Give at least one patient and zero or more sessions.</source>
            <translation>En az bir hasta ve sıfır ya da daha fazla seans belirtin.</translation>
        </message>
        <message>
            <source>Give the area a name in both languages.</source>
            <translation>Bölgeye her iki dilde de bir ad verin.</translation>
        </message>
        <message>
            <source>Give the form a title.</source>
            <translation>Forma bir başlık verin.</translation>
        </message>
        <message>
            <source>Give the full path of the file, starting from the drive or “/”.</source>
            <translation>Dosyanın tam yolunu, sürücüden ya da “/” işaretinden başlayarak yazın.</translation>
        </message>
        <message>
            <source>Give the manual discount as a percent or an amount, not both.</source>
            <translation>Elle indirimi yüzde ya da tutar olarak verin, ikisini birden değil.</translation>
        </message>
        <message>
            <source>Give the price list a name of printable characters (at most 100).</source>
            <translation>Fiyat listesine yazdırılabilir karakterlerden oluşan bir ad verin (en fazla 100 karakter).</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Adı</translation>
        </message>
        <message>
            <source>HEIC photos (iPhone) are not supported on this computer. Export the photo as JPEG (on the iPhone: Settings › Camera › Formats › Most Compatible) and import that.</source>
            <translation>HEIC fotoğraflar (iPhone) bu bilgisayarda desteklenmiyor. Fotoğrafı JPEG olarak dışa aktarın (iPhone'da: Ayarlar › Kamera › Formatlar › En Uyumlu) ve onu içe aktarın.</translation>
        </message>
        <message>
            <source>In [{section}], the days must be in order: first_days &lt; daily_life_day ≤ new_skin_day ≤ results_day, and sun_until_day ≥ new_skin_day.</source>
            <translation>[{section}] bölümünde günler sıralı olmalıdır: first_days &lt; daily_life_day ≤ new_skin_day ≤ results_day ve sun_until_day ≥ new_skin_day.</translation>
        </message>
        <message>
            <source>In [{section}], {field} must be a whole number of days/µm.</source>
            <translation>[{section}] bölümünde {field} tam sayı olmalıdır (gün ya da µm).</translation>
        </message>
        <message>
            <source>In [{section}], {field} must be “yes” or “no”.</source>
            <translation>[{section}] bölümünde {field} “evet” ya da “hayır” olmalıdır.</translation>
        </message>
        <message>
            <source>In [{section}], “{line}” must look like “name = value”.</source>
            <translation>[{section}] bölümünde “{line}” satırı “ad = değer” biçiminde olmalıdır.</translation>
        </message>
        <message>
            <source>Integrity: {detail}</source>
            <translation>Bütünlük: {detail}</translation>
        </message>
        <message>
            <source>It contains a name: your own, your user name or the clinic's.</source>
            <translation>Parolada bir ad geçiyor: sizin adınız, kullanıcı adınız ya da kliniğin adı.</translation>
        </message>
        <message>
            <source>It is one of the passwords people use most.</source>
            <translation>Bu, en sık kullanılan parolalardan biri.</translation>
        </message>
        <message>
            <source>Keep between 0 and 104 weekly backups.</source>
            <translation>0 ile 104 arasında haftalık yedek saklayın.</translation>
        </message>
        <message>
            <source>Keep between 1 and 90 daily backups.</source>
            <translation>1 ile 90 arasında günlük yedek saklayın.</translation>
        </message>
        <message>
            <source>Keep the address under 400 characters.</source>
            <translation>Adres 400 karakteri geçmesin.</translation>
        </message>
        <message>
            <source>Keep the backup folder's path under 4096 characters.</source>
            <translation>Yedek klasörünün yolu 4096 karakterden kısa olmalı.</translation>
        </message>
        <message>
            <source>Keep the clinic name under 120 characters.</source>
            <translation>Klinik adı 120 karakteri geçmesin.</translation>
        </message>
        <message>
            <source>Keep the discount reason under 500 characters.</source>
            <translation>İndirim gerekçesini 500 karakterin altında tutun.</translation>
        </message>
        <message>
            <source>Keep the incoming photos folder's path under 4096 characters.</source>
            <translation>Gelen fotoğraflar klasörünün yolu 4096 karakterden kısa olmalı.</translation>
        </message>
        <message>
            <source>Keep the logo's path under 4096 characters.</source>
            <translation>Logo dosyasının yolu 4096 karakterden kısa olmalı.</translation>
        </message>
        <message>
            <source>Keep the model under {limit} characters.</source>
            <translation>Modeli {limit} karakterin altında tutun.</translation>
        </message>
        <message>
            <source>Keep the name under 100 characters.</source>
            <translation>Ad 100 karakteri geçmesin.</translation>
        </message>
        <message>
            <source>Keep the name under {limit} characters.</source>
            <translation>Adı {limit} karakterin altında tutun.</translation>
        </message>
        <message>
            <source>Keep the phone number under 40 characters.</source>
            <translation>Telefon numarası 40 karakteri geçmesin.</translation>
        </message>
        <message>
            <source>Keep the reason under 500 characters.</source>
            <translation>Gerekçe 500 karakterden kısa olmalı.</translation>
        </message>
        <message>
            <source>Keep the reason under {limit} characters.</source>
            <translation>Nedeni {limit} karakterin altında tutun.</translation>
        </message>
        <message>
            <source>Keep the serial number under {limit} characters.</source>
            <translation>Seri numarasını {limit} karakterin altında tutun.</translation>
        </message>
        <message>
            <source>Keep the text under {limit} characters.</source>
            <translation>Metni {limit} karakterin altında tutun.</translation>
        </message>
        <message>
            <source>Keep the title under {limit} characters.</source>
            <translation>Başlığı {limit} karakterin altında tutun.</translation>
        </message>
        <message>
            <source>Keep treatment records between 1 and 100 years.</source>
            <translation>Tedavi kayıtlarını 1 ile 100 yıl arasında saklayın.</translation>
        </message>
        <message>
            <source>Last isotretinoin dose</source>
            <translation>Son izotretinoin dozu</translation>
        </message>
        <message>
            <source>Leave the password out of the address and put it in the user's PostgreSQL password file instead (~/.pgpass on Linux and macOS, %APPDATA%\postgresql\pgpass.conf on Windows; one line host:port:database:user:password, readable by the user only), or let the server trust this computer.</source>
            <translation>Parolayı adrese yazmayın; bunun yerine kullanıcının PostgreSQL parola dosyasına koyun (Linux ve macOS’ta ~/.pgpass, Windows’ta %APPDATA%\postgresql\pgpass.conf; sunucu:port:veritabanı:kullanıcı:parola biçiminde tek satır, yalnızca kullanıcının okuyabileceği şekilde) ya da sunucunun bu bilgisayara güvenmesini sağlayın.</translation>
        </message>
        <message>
            <source>Line {index}: enter the measured size in cm² (more than 0).</source>
            <translation>Satır {index}: ölçülen boyutu cm² cinsinden girin (0’dan büyük).</translation>
        </message>
        <message>
            <source>Line {index}: keep the area name under 200 characters.</source>
            <translation>Satır {index}: bölge adını 200 karakterin altında tutun.</translation>
        </message>
        <message>
            <source>Line {index}: name the custom area.</source>
            <translation>Satır {index}: özel bölgeye bir ad verin.</translation>
        </message>
        <message>
            <source>Line {index}: the area name</source>
            <translation>Satır {index}: bölge adı</translation>
        </message>
        <message>
            <source>Line {index}: this area is no longer in the catalog; remove it.</source>
            <translation>Satır {index}: bu bölge artık katalogda yok; satırı çıkarın.</translation>
        </message>
        <message>
            <source>Line {index}: {size} cm² is more than the {limit} cm² any area can be; check the measurement.</source>
            <translation>Satır {index}: {size} cm², bir bölgenin olabileceği en büyük boyuttan ({limit} cm²) fazla; ölçümü kontrol edin.</translation>
        </message>
        <message>
            <source>Line {number} above the “---” line must look like “name: value”.</source>
            <translation>“---” satırının üstündeki {number}. satır “ad: değer” biçiminde olmalıdır.</translation>
        </message>
        <message>
            <source>Line {number} is outside any section: start the text with a [section] line.</source>
            <translation>{number}. satır hiçbir bölümün içinde değil: metne bir [bölüm] satırıyla başlayın.</translation>
        </message>
        <message>
            <source>List at most {limit} products; the sheet has room for no more.</source>
            <translation>En fazla {limit} ürün yazın; sayfada daha fazlasına yer yok.</translation>
        </message>
        <message>
            <source>Lock an account after between 3 and 20 wrong passwords.</source>
            <translation>Bir hesabı 3 ile 20 arasında yanlış paroladan sonra kilitleyin.</translation>
        </message>
        <message>
            <source>Lock an account for between 1 and 1440 minutes (a day).</source>
            <translation>Bir hesabı 1 ile 1440 dakika (bir gün) arasında kilitli tutun.</translation>
        </message>
        <message>
            <source>Lock the screen after between 1 and 240 minutes, or 0 for never.</source>
            <translation>Ekranı 1 ile 240 dakika arasında bir süre sonra kilitleyin; hiç kilitlememek için 0 girin.</translation>
        </message>
        <message>
            <source>Look at the incoming photos folder every 5 to 3600 seconds.</source>
            <translation>Gelen fotoğraflar klasörü 5 ile 3600 saniye arasında bir aralıkla taranmalı.</translation>
        </message>
        <message>
            <source>Measure the {area} and type its size in cm².</source>
            <translation>“{area}” bölgesini ölçün ve boyutunu cm² olarak yazın.</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mod</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Pazartesi</translation>
        </message>
        <message>
            <source>No audit key at {path}: the trail cannot be checked on this computer. Copy audit.key from the workstation that wrote the trail.</source>
            <translation>{path} konumunda denetim anahtarı yok: kayıt bu bilgisayarda denetlenemez. audit.key dosyasını kaydı yazan bilgisayardan kopyalayın.</translation>
        </message>
        <message>
            <source>No event matches: this computer's audit key is probably not the one that wrote the trail. Copy audit.key from the first workstation.</source>
            <translation>Hiçbir olay uyuşmuyor: bu bilgisayardaki denetim anahtarı büyük olasılıkla kaydı yazan anahtar değil. audit.key dosyasını ilk bilgisayardan kopyalayın.</translation>
        </message>
        <message>
            <source>No file was found at “{path}”. Choose the logo file again.</source>
            <translation>“{path}” konumunda dosya bulunamadı. Logo dosyasını yeniden seçin.</translation>
        </message>
        <message>
            <source>No free {minutes}-minute slot in the {days} days from {date}. Try another physician, room or device, or a shorter session.</source>
            <translation>{date} tarihinden itibaren {days} gün içinde {minutes} dakikalık boş bir saat bulunamadı. Başka bir hekim, oda ya da cihaz deneyin veya seansı kısaltın.</translation>
        </message>
        <message>
            <source>No physician is called “{name}”.</source>
            <translation>“{name}” adında bir hekim yok.</translation>
        </message>
        <message>
            <source>No price band covers {size} cm².</source>
            <translation>{size} cm² hiçbir fiyat aralığına girmiyor.</translation>
        </message>
        <message>
            <source>No price list is published yet. Ask an administrator to publish one.</source>
            <translation>Henüz yayınlanmış bir fiyat listesi yok. Bir yöneticiden fiyat listesi yayınlamasını isteyin.</translation>
        </message>
        <message>
            <source>No room is called “{name}”.</source>
            <translation>“{name}” adında bir oda yok.</translation>
        </message>
        <message>
            <source>Nobody is logged in on this screen. Restart PeelDesk to log in.</source>
            <translation>Bu ekranda oturum açmış kimse yok. Giriş yapmak için PeelDesk’i yeniden başlatın.</translation>
        </message>
        <message>
            <source>Notes are too long (at most {limit} characters).</source>
            <translation>Notlar çok uzun (en fazla {limit} karakter).</translation>
        </message>
        <message>
            <source>Notes contain characters that cannot be printed.</source>
            <translation>Notlar yazdırılamayan karakterler içeriyor.</translation>
        </message>
        <message>
            <source>Nothing was saved.</source>
            <translation>Hiçbir şey kaydedilmedi.</translation>
        </message>
        <message>
            <source>Only a database file on this computer is encrypted by PeelDesk. A PostgreSQL server keeps its data safe on the server (ask your administrator).</source>
            <translation>PeelDesk yalnızca bu bilgisayardaki veritabanı dosyasını şifreler. PostgreSQL sunucusundaki veriler sunucuda korunur (yöneticinize danışın).</translation>
        </message>
        <message>
            <source>Only a deposit, a payment or a refund gets a receipt.</source>
            <translation>Yalnızca kapora, ödeme veya iade için makbuz kesilir.</translation>
        </message>
        <message>
            <source>Only a physician or an administrator can plan depths and device settings; book the areas without them.</source>
            <translation>Derinlikleri ve cihaz ayarlarını yalnızca bir hekim ya da yönetici planlayabilir; bölgeleri bu değerler olmadan randevuya ekleyin.</translation>
        </message>
        <message>
            <source>Only a physician or an administrator can write a session's note; leave the note empty.</source>
            <translation>Seans notunu yalnızca bir hekim ya da yönetici yazabilir; notu boş bırakın.</translation>
        </message>
        <message>
            <source>Only a planned session can be changed; this one is {state}.</source>
            <translation>Yalnızca planlanmış bir seans değiştirilebilir; bu seansın durumu: {state}.</translation>
        </message>
        <message>
            <source>Only an accepted quote can book its sessions; mark it accepted first.</source>
            <translation>Yalnızca kabul edilmiş bir teklifin seansları planlanabilir; önce teklifi kabul edildi olarak işaretleyin.</translation>
        </message>
        <message>
            <source>Only an issued quote can be marked accepted or declined.</source>
            <translation>Yalnızca verilmiş bir teklif kabul edildi ya da reddedildi olarak işaretlenebilir.</translation>
        </message>
        <message>
            <source>Only an issued quote can be marked accepted or declined; this one is already accepted.</source>
            <translation>Yalnızca verilmiş bir teklif kabul edildi ya da reddedildi olarak işaretlenebilir; bu teklif zaten kabul edildi.</translation>
        </message>
        <message>
            <source>Only an issued quote can be marked accepted or declined; this one is already declined.</source>
            <translation>Yalnızca verilmiş bir teklif kabul edildi ya da reddedildi olarak işaretlenebilir; bu teklif zaten reddedildi.</translation>
        </message>
        <message>
            <source>Only an issued quote can be marked accepted or declined; this one is still a draft. Issue it first.</source>
            <translation>Yalnızca verilmiş bir teklif kabul edildi ya da reddedildi olarak işaretlenebilir; bu teklif henüz taslak. Önce teklifi verin.</translation>
        </message>
        <message>
            <source>Only physicians may write clinical notes.</source>
            <translation>Klinik notları yalnızca hekimler yazabilir.</translation>
        </message>
        <message>
            <source>Only today's sessions can be marked as arrived or started.</source>
            <translation>Yalnızca bugünün seansları geldi veya başladı olarak işaretlenebilir.</translation>
        </message>
        <message>
            <source>Passes must be between {low} and {high}.</source>
            <translation>Geçiş sayısı {low} ile {high} arasında olmalı.</translation>
        </message>
        <message>
            <source>PeelDesk (system, command line)</source>
            <translation>PeelDesk (sistem, komut satırı)</translation>
        </message>
        <message>
            <source>PeelDesk already has an account that can log in. Log in with it instead.</source>
            <translation>PeelDesk’te giriş yapabilen bir hesap zaten var. Lütfen o hesapla giriş yapın.</translation>
        </message>
        <message>
            <source>PeelDesk cannot create its lock file next to {path}. Check that the folder is writable.</source>
            <translation>PeelDesk, {path} dosyasının yanında kilit dosyasını oluşturamıyor. Klasöre yazılabildiğini kontrol edin.</translation>
        </message>
        <message>
            <source>PeelDesk could not use this database: {detail}</source>
            <translation>PeelDesk bu veritabanını kullanamadı: {detail}</translation>
        </message>
        <message>
            <source>PeelDesk is already running with the database {path} ({holder}), so this copy cannot open it. Switch to the open PeelDesk window, or close it first.</source>
            <translation>PeelDesk {path} veritabanıyla zaten çalışıyor ({holder}), bu yüzden bu kopya veritabanını açamaz. Açık olan PeelDesk penceresine geçin ya da önce onu kapatın.</translation>
        </message>
        <message>
            <source>PeelDesk is already running with the database {path} ({holder}), so this copy cannot replace it with a backup. Switch to the open PeelDesk window, or close it first.</source>
            <translation>PeelDesk {path} veritabanıyla zaten çalışıyor ({holder}), bu yüzden bu kopya veritabanını bir yedekle değiştiremez. Açık olan PeelDesk penceresine geçin ya da önce onu kapatın.</translation>
        </message>
        <message>
            <source>PeelDesk is checking the database file, one moment. Nothing was saved yet: try again in a few seconds.</source>
            <translation>PeelDesk veritabanı dosyasını denetliyor, lütfen biraz bekleyin. Henüz hiçbir şey kaydedilmedi: birkaç saniye sonra yeniden deneyin.</translation>
        </message>
        <message>
            <source>PeelDesk makes file backups of a local database only. A PostgreSQL database is backed up on its server (pg_dump); ask your administrator.</source>
            <translation>PeelDesk yalnızca bu bilgisayardaki bir veritabanının dosya yedeğini alır. PostgreSQL veritabanının yedeği kendi sunucusunda alınır (pg_dump); yöneticinize başvurun.</translation>
        </message>
        <message>
            <source>PeelDesk needs at least one active administrator who can log in. Make another account an administrator first.</source>
            <translation>PeelDesk’te giriş yapabilen en az bir etkin yönetici bulunmalı. Önce başka bir hesabı yönetici yapın.</translation>
        </message>
        <message>
            <source>Pick a region from the list.</source>
            <translation>Listeden bir bölge grubu seçin.</translation>
        </message>
        <message>
            <source>Pick a status from the list.</source>
            <translation>Listeden bir durum seçin.</translation>
        </message>
        <message>
            <source>Pick at least one area from the catalog.</source>
            <translation>Katalogdan en az bir bölge seçin.</translation>
        </message>
        <message>
            <source>Pick the anaesthesia from the list.</source>
            <translation>Anesteziyi listeden seçin.</translation>
        </message>
        <message>
            <source>Pick the kind of consent form from the list.</source>
            <translation>Onam formunun türünü listeden seçin.</translation>
        </message>
        <message>
            <source>Pick the language of the form from the list.</source>
            <translation>Formun dilini listeden seçin.</translation>
        </message>
        <message>
            <source>Pick the staff member who witnessed the signature.</source>
            <translation>İmzaya tanıklık eden personeli seçin.</translation>
        </message>
        <message>
            <source>Pick which follow-up this is (day 3–4, one week, other).</source>
            <translation>Bunun hangi kontrol olduğunu seçin (3.–4. gün, bir hafta, diğer).</translation>
        </message>
        <message>
            <source>Please confirm before booking: {warnings}</source>
            <translation>Randevu vermeden önce lütfen onaylayın: {warnings}</translation>
        </message>
        <message>
            <source>Pre-treatment sheet</source>
            <translation>İşlem öncesi bilgi sayfası</translation>
        </message>
        <message>
            <source>Printed sheets, quotes and exports cannot show the letters {letters} of this name: they would come out as empty boxes or in the wrong order. If the patient needs printed documents, write the name in Latin letters, as in the passport.</source>
            <translation>Yazdırılan sayfalar, teklifler ve dışa aktarımlar bu isimdeki {letters} harflerini gösteremez: boş kutular hâlinde ya da yanlış sırayla çıkarlar. Hastanın basılı belgelere ihtiyacı varsa ismi pasaporttaki gibi Latin harfleriyle yazın.</translation>
        </message>
        <message>
            <source>Quote {number} expired on {date}; make a new quote for the patient.</source>
            <translation>{number} numaralı teklifin süresi {date} tarihinde doldu; hasta için yeni bir teklif hazırlayın.</translation>
        </message>
        <message>
            <source>Quote {number} is already issued; its lines cannot change.</source>
            <translation>{number} numaralı teklif zaten verildi; satırları değiştirilemez.</translation>
        </message>
        <message>
            <source>Reaction</source>
            <translation>Reaksiyon</translation>
        </message>
        <message>
            <source>Repeated characters or words are easy to guess.</source>
            <translation>Tekrarlanan karakterler ya da sözcükler kolay tahmin edilir.</translation>
        </message>
        <message>
            <source>Rows and patterns of keys (such as qwerty) are easy to guess.</source>
            <translation>Klavyede yan yana tuşlar ve tuş desenleri (qwerty gibi) kolay tahmin edilir.</translation>
        </message>
        <message>
            <source>Rule {index} ({name}): the area code(s) {codes} are not in the catalog; check the spelling.</source>
            <translation>Kural {index} ({name}): şu bölge kodları katalogda yok: {codes}. Yazımı kontrol edin.</translation>
        </message>
        <message>
            <source>Rule {index} ({name}): {problem}</source>
            <translation>Kural {index} ({name}): {problem}</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Cumartesi</translation>
        </message>
        <message>
            <source>Say why the manual discount is given.</source>
            <translation>Elle indirimin neden yapıldığını yazın.</translation>
        </message>
        <message>
            <source>Say why; the reason is kept with the record.</source>
            <translation>Gerekçesini yazın; gerekçe kayıtla birlikte saklanır.</translation>
        </message>
        <message>
            <source>Screening date</source>
            <translation>Kontrendikasyon sorgusu tarihi</translation>
        </message>
        <message>
            <source>Screening date is before the birth date.</source>
            <translation>Kontrendikasyon sorgusu tarihi doğum tarihinden önce.</translation>
        </message>
        <message>
            <source>Sequences such as 1234 or abcd are easy to guess.</source>
            <translation>1234 ya da abcd gibi diziler kolay tahmin edilir.</translation>
        </message>
        <message>
            <source>Session {number} was cancelled; there is no sheet to print.</source>
            <translation>{number} numaralı seans iptal edildi; basılacak sayfa yok.</translation>
        </message>
        <message>
            <source>Session {number} was marked as a no-show; there is no sheet to print.</source>
            <translation>{number} numaralı seans “gelmedi” olarak işaretlendi; basılacak sayfa yok.</translation>
        </message>
        <message>
            <source>Sessions need patients.</source>
            <translation>Seanslar için hasta gerekir.</translation>
        </message>
        <message>
            <source>Set the depth (µm) used on this area.</source>
            <translation>Bu bölgede kullanılan derinliği (µm) girin.</translation>
        </message>
        <message>
            <source>Shots must be between 0 and {limit}.</source>
            <translation>Atış sayısı 0 ile {limit} arasında olmalıdır.</translation>
        </message>
        <message>
            <source>Signed consent {consent} has no signing record in the audit trail: it was added afterwards, outside PeelDesk.</source>
            <translation>{consent} numaralı imzalı onamın denetim kaydında imzalama kaydı yok: sonradan, PeelDesk dışından eklenmiş.</translation>
        </message>
        <message>
            <source>Signed consent {consent} is in the audit trail but no longer in the database: it was deleted.</source>
            <translation>{consent} numaralı imzalı onam denetim kaydında var ama artık veritabanında yok: silinmiş.</translation>
        </message>
        <message>
            <source>Sizes between {lower} and {upper} cm² have no band: make each band start where the previous one ends.</source>
            <translation>{lower} ile {upper} cm² arasındaki boyutlar hiçbir aralığa girmiyor: her aralığı bir öncekinin bittiği yerden başlatın.</translation>
        </message>
        <message>
            <source>Skin type must be Fitzpatrick I to VI.</source>
            <translation>Cilt tipi Fitzpatrick I ile VI arasında olmalı.</translation>
        </message>
        <message>
            <source>Someone changed this area after you opened it. Nothing was saved: reopen the catalog and make your change again.</source>
            <translation>Siz açtıktan sonra bu bölgeyi başka biri değiştirdi. Hiçbir şey kaydedilmedi: kataloğu yeniden açın ve değişikliğinizi tekrar yapın.</translation>
        </message>
        <message>
            <source>Someone changed this area at the same time. Reopen the catalog and try again.</source>
            <translation>Bu bölgeyi aynı anda başka biri de değiştirdi. Kataloğu yeniden açın ve tekrar deneyin.</translation>
        </message>
        <message>
            <source>Someone else changed this course meanwhile. Reload it and try again.</source>
            <translation>Bu kürü bu arada başka biri değiştirdi. Yeniden yükleyip tekrar deneyin.</translation>
        </message>
        <message>
            <source>Someone else changed this session meanwhile. Open it again and redo your change.</source>
            <translation>Bu arada başka biri bu seansı değiştirdi. Seansı yeniden açın ve değişikliğinizi tekrar yapın.</translation>
        </message>
        <message>
            <source>Someone else changed this template meanwhile. Close the editor, open it again and redo your change.</source>
            <translation>Bu arada başka biri bu şablonu değiştirdi. Düzenleyiciyi kapatıp yeniden açın ve değişikliğinizi tekrar yapın.</translation>
        </message>
        <message>
            <source>Spot size</source>
            <translation>Spot boyutu</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Pazar</translation>
        </message>
        <message>
            <source>That physician or room no longer exists.</source>
            <translation>Bu hekim ya da oda artık kayıtlı değil.</translation>
        </message>
        <message>
            <source>The CSV file could not be saved to “{path}” ({reason}). Choose another folder.</source>
            <translation>CSV dosyası “{path}” konumuna kaydedilemedi ({reason}). Başka bir klasör seçin.</translation>
        </message>
        <message>
            <source>The PDF could not be saved to “{path}” ({reason}). Choose another folder.</source>
            <translation>PDF “{path}” konumuna kaydedilemedi ({reason}). Başka bir klasör seçin.</translation>
        </message>
        <message>
            <source>The VAT rate must be between 0 and 100 %.</source>
            <translation>KDV oranı %0 ile %100 arasında olmalıdır.</translation>
        </message>
        <message>
            <source>The [default] section must name one of the tiers, e.g. “tier = medium”.</source>
            <translation>[default] bölümü kademelerden birini belirtmelidir, ör. “tier = medium”.</translation>
        </message>
        <message>
            <source>The amount cannot be more than {limit}.</source>
            <translation>Tutar {limit} değerinden fazla olamaz.</translation>
        </message>
        <message>
            <source>The amount must be more than zero.</source>
            <translation>Tutar sıfırdan büyük olmalı.</translation>
        </message>
        <message>
            <source>The audit key file {path} cannot be read or is damaged, so no change can be recorded. Ask your administrator to restore it from a backup.</source>
            <translation>Denetim anahtarı dosyası {path} okunamıyor ya da bozuk, bu yüzden hiçbir değişiklik kaydedilemez. Yöneticinizden dosyayı bir yedekten geri yüklemesini isteyin.</translation>
        </message>
        <message>
            <source>The audit key file {path} is too short; ask your administrator to restore it.</source>
            <translation>Denetim anahtarı dosyası {path} çok kısa; yöneticinizden dosyayı geri yüklemesini isteyin.</translation>
        </message>
        <message>
            <source>The audit trail ends at event {last} but event {event} was recorded on {when} ({source}; {count} events then): the newest events were deleted.</source>
            <translation>Denetim kaydı {last} numaralı olayda bitiyor, ama {event} numaralı olay {when} tarihinde kaydedilmişti ({source}; o sırada {count} olay vardı): en yeni olaylar silinmiş.</translation>
        </message>
        <message>
            <source>The audit trail is empty, but event {event} was recorded on {when} ({source}; {count} events then): every event was deleted.</source>
            <translation>Denetim kaydı boş, ama {event} numaralı olay {when} tarihinde kaydedilmişti ({source}; o sırada {count} olay vardı): bütün olaylar silinmiş.</translation>
        </message>
        <message>
            <source>The audit trail is empty, but this database has signed events before (it knows its audit key): every event was deleted.</source>
            <translation>Denetim kaydı boş, ama bu veritabanı daha önce olay imzalamış (denetim anahtarını tanıyor): bütün olaylar silinmiş.</translation>
        </message>
        <message>
            <source>The backup changed while it was being copied. Try again.</source>
            <translation>Yedek kopyalanırken değişti. Yeniden deneyin.</translation>
        </message>
        <message>
            <source>The backup could not be copied next to the database ({detail}). Nothing was restored. Free some space or check the folder's permissions.</source>
            <translation>Yedek veritabanının yanına kopyalanamadı ({detail}). Hiçbir şey geri yüklenmedi. Biraz yer açın ya da klasörün izinlerini kontrol edin.</translation>
        </message>
        <message>
            <source>The backup file {path} does not exist.</source>
            <translation>Yedek dosyası {path} bulunamadı.</translation>
        </message>
        <message>
            <source>The backup folder {folder} cannot be written ({detail}). Nothing was backed up. Choose another folder, or ask your administrator to make this one writable.</source>
            <translation>Yedek klasörüne ({folder}) yazılamıyor ({detail}). Hiçbir şeyin yedeği alınmadı. Başka bir klasör seçin ya da yöneticinizden bu klasörü yazılabilir yapmasını isteyin.</translation>
        </message>
        <message>
            <source>The backup to {folder} failed ({detail}). The database itself is unchanged. Try again, or choose another folder.</source>
            <translation>{folder} klasörüne yedekleme başarısız oldu ({detail}). Veritabanının kendisi değişmedi. Yeniden deneyin ya da başka bir klasör seçin.</translation>
        </message>
        <message>
            <source>The backup was restored (the previous file was kept as {previous}), but the restore could not be recorded in the audit trail: {problem}</source>
            <translation>Yedek geri yüklendi (önceki dosya {previous} olarak saklandı), ancak geri yükleme denetim kaydına yazılamadı: {problem}</translation>
        </message>
        <message>
            <source>The backup {name} does not match its checksum: the file was changed or damaged after it was written. Nothing was restored; choose another backup.</source>
            <translation>{name} yedeği sağlama toplamıyla uyuşmuyor: dosya yazıldıktan sonra değiştirilmiş ya da bozulmuş. Hiçbir şey geri yüklenmedi; başka bir yedek seçin.</translation>
        </message>
        <message>
            <source>The backup {name} has no checksum file ({checksum}), so it cannot be verified. Restore it only if you are sure it is right (option --unverified).</source>
            <translation>{name} yedeğinin sağlama toplamı dosyası ({checksum}) yok, bu yüzden doğrulanamıyor. Yalnızca doğru olduğundan eminseniz geri yükleyin (--unverified seçeneği).</translation>
        </message>
        <message>
            <source>The backup {name} has no signature, although the PeelDesk that made it signs every backup: its manifest was removed or replaced.</source>
            <translation>{name} yedeğinin imzası yok, oysa onu alan PeelDesk sürümü her yedeği imzalar: bilgi dosyası silinmiş ya da değiştirilmiş.</translation>
        </message>
        <message>
            <source>The backup {name} is damaged ({problem}). Nothing was restored; choose another backup.</source>
            <translation>{name} yedeği bozuk ({problem}). Hiçbir şey geri yüklenmedi; başka bir yedek seçin.</translation>
        </message>
        <message>
            <source>The backup {name} is not signed (it was made by an older PeelDesk, or its signature was removed): its checksum matched, but that PeelDesk wrote it cannot be proven.</source>
            <translation>{name} yedeği imzalı değil (PeelDesk’in eski bir sürümüyle alınmış ya da imzası silinmiş): sağlama toplamı tuttu, ama PeelDesk’in yazdığı kanıtlanamıyor.</translation>
        </message>
        <message>
            <source>The backup {name} is signed with another audit key (id {key}) than this computer's, so it cannot be checked here.</source>
            <translation>{name} yedeği bu bilgisayarınkinden farklı bir denetim anahtarıyla (kimlik {key}) imzalanmış, bu yüzden burada doğrulanamıyor.</translation>
        </message>
        <message>
            <source>The backup {name} is signed, but this computer has no audit key ({path}) to check the signature.</source>
            <translation>{name} yedeği imzalı, ama bu bilgisayarda imzayı doğrulayacak denetim anahtarı ({path}) yok.</translation>
        </message>
        <message>
            <source>The backup {name} was changed after PeelDesk wrote it: its signature does not match the file (its checksum was recomputed, or the file or its manifest was edited). Nothing was restored; choose another backup.</source>
            <translation>{name} yedeği PeelDesk yazdıktan sonra değiştirilmiş: imzası dosyayla uyuşmuyor (sağlama toplamı yeniden hesaplanmış ya da dosya veya bilgi dosyası düzenlenmiş). Hiçbir şey geri yüklenmedi; başka bir yedek seçin.</translation>
        </message>
        <message>
            <source>The backup {name} was written and verified, but it could not be recorded in the audit trail: {problem}</source>
            <translation>{name} yedeği yazıldı ve doğrulandı, ancak denetim kaydına yazılamadı: {problem}</translation>
        </message>
        <message>
            <source>The band {band} is empty: its upper size must be above its lower size.</source>
            <translation>{band} aralığı boş: üst sınırı alt sınırından büyük olmalıdır.</translation>
        </message>
        <message>
            <source>The bands {first} and {second} overlap.</source>
            <translation>{first} ve {second} aralıkları çakışıyor.</translation>
        </message>
        <message>
            <source>The clinic passphrase is not right, and it is not the recovery key either. Nothing was opened or changed. Type it again (capitals count), or type the recovery key printed when the database was sealed.</source>
            <translation>Klinik parolası doğru değil, kurtarma anahtarı da değil. Hiçbir şey açılmadı ve değiştirilmedi. Yeniden yazın (büyük/küçük harf önemlidir) ya da veritabanı şifrelendiğinde yazdırılan kurtarma anahtarını girin.</translation>
        </message>
        <message>
            <source>The clinic's name and phone number are not filled in, so this document would print “PeelDesk” instead of the clinic and give patients no number to call. An administrator enters them under Admin → Clinic settings.</source>
            <translation>Kliniğin adı ve telefon numarası girilmemiş; bu belgede kliniğin yerine “PeelDesk” yazar ve hastaların arayacağı bir numara olmaz. Bir yönetici bunları Yönetim → Klinik ayarları bölümünden girebilir.</translation>
        </message>
        <message>
            <source>The clinic's name is not filled in, so this document would not say which clinic it comes from. An administrator enters it under Admin → Clinic settings.</source>
            <translation>Kliniğin adı girilmemiş; bu belge hangi klinikten geldiğini söylemez. Bir yönetici adı Yönetim → Klinik ayarları bölümünden girebilir.</translation>
        </message>
        <message>
            <source>The clinic's phone number is not filled in, so this document would give patients no number to call. An administrator enters it under Admin → Clinic settings.</source>
            <translation>Kliniğin telefon numarası girilmemiş; bu belgede hastaların arayacağı bir numara olmaz. Bir yönetici numarayı Yönetim → Klinik ayarları bölümünden girebilir.</translation>
        </message>
        <message>
            <source>The column “{column}” of the table “{table}” is missing.</source>
            <translation>“{table}” tablosunun “{column}” sütunu eksik.</translation>
        </message>
        <message>
            <source>The contraindication screening is from {date}, older than {days} days. Ask the questions again.</source>
            <translation>Kontrendikasyon sorgusu {date} tarihli, {days} günden eski. Soruları yeniden sorun.</translation>
        </message>
        <message>
            <source>The copy of the database failed its integrity check, so it was not kept: {problems} Run “peeldesk check”.</source>
            <translation>Veritabanının kopyası bütünlük denetiminden geçemedi, bu yüzden saklanmadı: {problems} “peeldesk check” komutunu çalıştırın.</translation>
        </message>
        <message>
            <source>The database could not be encrypted ({detail}). It was left as it was.</source>
            <translation>Veritabanı şifrelenemedi ({detail}). Olduğu gibi bırakıldı.</translation>
        </message>
        <message>
            <source>The database driver “{driver}” is not installed on this computer. Install PeelDesk with the 'postgres' extra to use a PostgreSQL server.</source>
            <translation>“{driver}” veritabanı sürücüsü bu bilgisayarda kurulu değil. PostgreSQL sunucusu kullanmak için PeelDesk’i 'postgres' ekiyle kurun.</translation>
        </message>
        <message>
            <source>The database driver “{driver}” is not installed. Install PeelDesk with the 'postgres' extra for PostgreSQL.</source>
            <translation>“{driver}” veritabanı sürücüsü kurulu değil. PostgreSQL için PeelDesk’i 'postgres' ekiyle kurun.</translation>
        </message>
        <message>
            <source>The database file failed its check, so nothing was saved. PeelDesk will offer the newest good backup.</source>
            <translation>Veritabanı dosyası denetimden geçemedi, bu yüzden hiçbir şey kaydedilmedi. PeelDesk en yeni sağlam yedeği önerecek.</translation>
        </message>
        <message>
            <source>The database file {path} is damaged: {problem} Nothing was changed; restore the newest good backup.</source>
            <translation>{path} veritabanı dosyası hasarlı: {problem} Hiçbir şey değiştirilmedi; en yeni sağlam yedeği geri yükleyin.</translation>
        </message>
        <message>
            <source>The database file {path} is empty (0 bytes). If the clinic's data was in it, restore the newest backup; nothing was changed.</source>
            <translation>{path} veritabanı dosyası boş (0 bayt). Kliniğin verileri bu dosyadaysa en yeni yedeği geri yükleyin; hiçbir şey değiştirilmedi.</translation>
        </message>
        <message>
            <source>The database is already encrypted.</source>
            <translation>Veritabanı zaten şifreli.</translation>
        </message>
        <message>
            <source>The database is busy: another program or workstation is holding it, so the last action was not completed. Wait a moment and try again; if it keeps happening, close other programs that use the database file. Everything saved before is safe.</source>
            <translation>Veritabanı meşgul: başka bir program ya da bilgisayar onu kullanıyor, bu yüzden son işlem tamamlanmadı. Biraz bekleyip yeniden deneyin; sorun sürerse veritabanı dosyasını kullanan diğer programları kapatın. Daha önce kaydedilen her şey güvende.</translation>
        </message>
        <message>
            <source>The database is encrypted: set {variable} to the clinic passphrase (or the recovery key), or run the command in a terminal to type it.</source>
            <translation>Veritabanı şifreli: {variable} değişkenine klinik parolasını (ya da kurtarma anahtarını) yazın veya komutu yazabileceğiniz bir terminalde çalıştırın.</translation>
        </message>
        <message>
            <source>The database is not encrypted yet. Encrypt it first (Administration menu).</source>
            <translation>Veritabanı henüz şifreli değil. Önce şifreleyin (Yönetim menüsü).</translation>
        </message>
        <message>
            <source>The database is open in another program or on another workstation, so it was not encrypted. Close PeelDesk everywhere and try again.</source>
            <translation>Veritabanı başka bir programda ya da başka bir bilgisayarda açık olduğu için şifrelenmedi. PeelDesk'i her yerde kapatıp yeniden deneyin.</translation>
        </message>
        <message>
            <source>The database is open in another program or on another workstation, so it was not replaced. Close PeelDesk everywhere and try again.</source>
            <translation>Veritabanı başka bir programda ya da başka bir bilgisayarda açık, bu yüzden değiştirilmedi. PeelDesk’i her yerde kapatıp yeniden deneyin.</translation>
        </message>
        <message>
            <source>The database is open in another program or on another workstation, so its key was not changed. Close PeelDesk everywhere and try again.</source>
            <translation>Veritabanı başka bir programda ya da başka bir bilgisayarda açık olduğu için anahtarı değiştirilmedi. PeelDesk'i her yerde kapatıp yeniden deneyin.</translation>
        </message>
        <message>
            <source>The database location cannot be used: {detail}</source>
            <translation>Veritabanının konumu kullanılamıyor: {detail}</translation>
        </message>
        <message>
            <source>The database server cannot be reached. Check the network and the server address.</source>
            <translation>Veritabanı sunucusuna ulaşılamıyor. Ağı ve sunucu adresini kontrol edin.</translation>
        </message>
        <message>
            <source>The database server is out of space, so the last change was not saved. Ask your administrator to free space; everything saved before is safe.</source>
            <translation>Veritabanı sunucusunda yer kalmadı, bu yüzden son değişiklik kaydedilmedi. Yöneticinizden yer açmasını isteyin; daha önce kaydedilen her şey güvende.</translation>
        </message>
        <message>
            <source>The database server refused the user name or password. Check them in the connection settings.</source>
            <translation>Veritabanı sunucusu kullanıcı adını ya da parolayı kabul etmedi. Bağlantı ayarlarından kontrol edin.</translation>
        </message>
        <message>
            <source>The database server {host} does not offer an encrypted connection (TLS), but this computer requires one, so PeelDesk did not connect. Ask your administrator to turn TLS on at the server (ssl = on).</source>
            <translation>{host} veritabanı sunucusu şifreli bağlantı (TLS) sunmuyor, ama bu bilgisayar şifreli bağlantı istiyor; bu yüzden PeelDesk bağlanmadı. Yöneticinizden sunucuda TLS’yi açmasını isteyin (ssl = on).</translation>
        </message>
        <message>
            <source>The database server's certificate is not made out to {host}, so PeelDesk did not connect: it may not be the clinic's server. Connect with the name the certificate names, or ask your administrator.</source>
            <translation>Veritabanı sunucusunun sertifikası {host} adına düzenlenmemiş, bu yüzden PeelDesk bağlanmadı: bu, kliniğin sunucusu olmayabilir. Sertifikada yazan adla bağlanın ya da yöneticinize danışın.</translation>
        </message>
        <message>
            <source>The database server's certificate is not signed by the clinic's root certificate ({path}), so PeelDesk did not connect: it may not be the clinic's server. Check the root certificate, or ask your administrator.</source>
            <translation>Veritabanı sunucusunun sertifikası kliniğin kök sertifikasıyla ({path}) imzalanmamış, bu yüzden PeelDesk bağlanmadı: bu, kliniğin sunucusu olmayabilir. Kök sertifikayı kontrol edin ya da yöneticinize danışın.</translation>
        </message>
        <message>
            <source>The database {path} cannot be read for a backup ({detail}).</source>
            <translation>{path} veritabanı yedek için okunamıyor ({detail}).</translation>
        </message>
        <message>
            <source>The database {path} is already encrypted.</source>
            <translation>{path} veritabanı zaten şifreli.</translation>
        </message>
        <message>
            <source>The database {path} is encrypted. Give the clinic passphrase (or the recovery key) to open it.</source>
            <translation>{path} veritabanı şifreli. Açmak için klinik parolasını (ya da kurtarma anahtarını) girin.</translation>
        </message>
        <message>
            <source>The database {path} is held by another program, so it could not be checked. Close that program (or PeelDesk on another desk) and try again.</source>
            <translation>{path} veritabanı başka bir program tarafından kullanılıyor, bu yüzden denetlenemedi. O programı (ya da başka bir masadaki PeelDesk’i) kapatıp yeniden deneyin.</translation>
        </message>
        <message>
            <source>The database {path} is on a network share ({kind}). A PeelDesk database file must not be shared over the network: the file locks that keep records safe do not work there, and records could be lost. Keep the file on this computer's own disk, or, to work from several desks, use a PostgreSQL server (start PeelDesk with --database postgresql://...).</source>
            <translation>{path} veritabanı bir ağ paylaşımında ({kind}). PeelDesk veritabanı dosyası ağ üzerinden paylaşılmamalıdır: kayıtları koruyan dosya kilitleri orada çalışmaz ve kayıtlar kaybolabilir. Dosyayı bu bilgisayarın kendi diskinde tutun ya da birden çok masadan çalışmak için bir PostgreSQL sunucusu kullanın (PeelDesk’i --database postgresql://... ile başlatın).</translation>
        </message>
        <message>
            <source>The database “{database}” cannot be opened (missing folder or no permission).</source>
            <translation>“{database}” veritabanı açılamıyor (klasör yok ya da izin yok).</translation>
        </message>
        <message>
            <source>The database “{database}” could not be read or written (a disk or connection error), so the last change was not saved. Everything saved before is safe. Close PeelDesk, check the disk, then run “peeldesk check”.</source>
            <translation>“{database}” veritabanı okunamadı ya da yazılamadı (disk ya da bağlantı hatası), bu yüzden son değişiklik kaydedilmedi. Daha önce kaydedilen her şey güvende. PeelDesk’i kapatın, diski kontrol edin, ardından “peeldesk check” komutunu çalıştırın.</translation>
        </message>
        <message>
            <source>The database “{database}” does not allow this user to save changes. Ask your administrator to grant write access.</source>
            <translation>“{database}” veritabanı bu kullanıcının değişiklik kaydetmesine izin vermiyor. Yöneticinizden yazma izni vermesini isteyin.</translation>
        </message>
        <message>
            <source>The database “{database}” does not exist on the server. Check the database name, or ask your administrator to create it.</source>
            <translation>“{database}” veritabanı sunucuda yok. Veritabanının adını kontrol edin ya da yöneticinizden veritabanını oluşturmasını isteyin.</translation>
        </message>
        <message>
            <source>The database “{database}” does not have the structure this version of PeelDesk expects (a table or column is missing), so nothing was changed. Restore a backup made by PeelDesk, or ask your administrator.</source>
            <translation>“{database}” veritabanı, PeelDesk’in bu sürümünün beklediği yapıda değil (bir tablo ya da sütun eksik), bu yüzden hiçbir şey değiştirilmedi. PeelDesk ile alınmış bir yedeği geri yükleyin ya da yöneticinize başvurun.</translation>
        </message>
        <message>
            <source>The database “{database}” is read-only for this user, so the last change was not saved. Everything saved before is safe. Ask your administrator to make the file and its folder writable.</source>
            <translation>“{database}” veritabanı bu kullanıcı için salt okunur, bu yüzden son değişiklik kaydedilmedi. Daha önce kaydedilen her şey güvende. Yöneticinizden dosyayı ve klasörünü yazılabilir yapmasını isteyin.</translation>
        </message>
        <message>
            <source>The deepest depth must be greater than the shallowest.</source>
            <translation>En derin derinlik, en yüzeysel derinlikten büyük olmalı.</translation>
        </message>
        <message>
            <source>The default size must be between 0 and 3000 cm² (0 only for areas measured each time).</source>
            <translation>Varsayılan boyut 0 ile 3000 cm² arasında olmalı (0 yalnızca her seferinde ölçülen bölgeler için).</translation>
        </message>
        <message>
            <source>The depth must be between {low} and {high} µm (the clinic's range).</source>
            <translation>Derinlik {low} ile {high} µm arasında olmalı (kliniğin belirlediği aralık).</translation>
        </message>
        <message>
            <source>The discount amount is more than the quote costs after its other discounts ({available}); enter a smaller amount.</source>
            <translation>İndirim tutarı, teklifin diğer indirimlerden sonraki tutarından ({available}) fazla; daha küçük bir tutar girin.</translation>
        </message>
        <message>
            <source>The discount reason</source>
            <translation>İndirim gerekçesi</translation>
        </message>
        <message>
            <source>The disk holding {folder} is full, so the backup could not be written. Free some space or choose another folder; the database itself is unchanged.</source>
            <translation>{folder} klasörünün bulunduğu disk dolu, bu yüzden yedek yazılamadı. Biraz yer açın ya da başka bir klasör seçin; veritabanının kendisi değişmedi.</translation>
        </message>
        <message>
            <source>The disk is full, so the last change was not saved. Free some space and try again; everything saved before is safe.</source>
            <translation>Disk dolu, bu yüzden son değişiklik kaydedilmedi. Biraz yer açıp yeniden deneyin; daha önce kaydedilen her şey güvende.</translation>
        </message>
        <message>
            <source>The encrypted copy did not match the database (integrity or row counts), so it was discarded and the database left as it was. Run “peeldesk check”.</source>
            <translation>Şifreli kopya veritabanıyla uyuşmadı (bütünlük ya da satır sayıları), bu yüzden silindi ve veritabanı olduğu gibi bırakıldı. “peeldesk check” komutunu çalıştırın.</translation>
        </message>
        <message>
            <source>The end of the date range is before its start.</source>
            <translation>Tarih aralığının sonu, başlangıcından önce.</translation>
        </message>
        <message>
            <source>The end time must be after the start time.</source>
            <translation>Bitiş saati başlangıç saatinden sonra olmalı.</translation>
        </message>
        <message>
            <source>The environment variable {variable} is set on this computer: it takes precedence over the choice saved here. Remove it to use this setting.</source>
            <translation>Bu bilgisayarda {variable} ortam değişkeni tanımlı: burada kaydedilen seçimin önüne geçer. Bu ayarı kullanmak için değişkeni kaldırın.</translation>
        </message>
        <message>
            <source>The export could not be written to {folder} ({detail}). Choose another folder (a USB stick or your Documents folder).</source>
            <translation>Dışa aktarılan dosyalar {folder} klasörüne yazılamadı ({detail}). Başka bir klasör seçin (bir USB bellek ya da Belgeler klasörünüz).</translation>
        </message>
        <message>
            <source>The file cannot be opened: {detail}.</source>
            <translation>Dosya açılamıyor: {detail}.</translation>
        </message>
        <message>
            <source>The file holds tables of another program: it is not a PeelDesk database.</source>
            <translation>Dosyada başka bir programın tabloları var: bu bir PeelDesk veritabanı değil.</translation>
        </message>
        <message>
            <source>The file is damaged: {detail}.</source>
            <translation>Dosya bozuk: {detail}.</translation>
        </message>
        <message>
            <source>The file {name} claims more than {limit} million pixels, far more than any camera photo: it was refused and nothing was imported.</source>
            <translation>{name} dosyası {limit} milyondan fazla piksel olduğunu bildiriyor; bu, hiçbir fotoğraf makinesinin çekemeyeceği kadar büyük. Dosya reddedildi, hiçbir şey içe aktarılmadı.</translation>
        </message>
        <message>
            <source>The file {name} is damaged or incomplete (perhaps not fully copied from the camera): nothing was imported. Copy it again and retry.</source>
            <translation>{name} dosyası bozuk ya da eksik (fotoğraf makinesinden tam kopyalanmamış olabilir): hiçbir şey içe aktarılmadı. Dosyayı yeniden kopyalayıp tekrar deneyin.</translation>
        </message>
        <message>
            <source>The file {name} is empty (0 bytes): nothing was imported.</source>
            <translation>{name} dosyası boş (0 bayt): hiçbir şey içe aktarılmadı.</translation>
        </message>
        <message>
            <source>The file {name} is not a photo PeelDesk can read (JPEG, PNG or HEIC): nothing was imported.</source>
            <translation>{name} dosyası PeelDesk'in okuyabildiği bir fotoğraf değil (JPEG, PNG ya da HEIC): hiçbir şey içe aktarılmadı.</translation>
        </message>
        <message>
            <source>The file {path} does not exist.</source>
            <translation>{path} dosyası bulunamadı.</translation>
        </message>
        <message>
            <source>The file {path} is empty (0 bytes).</source>
            <translation>{path} dosyası boş (0 bayt).</translation>
        </message>
        <message>
            <source>The file {path} is not a PeelDesk database, so it was not encrypted.</source>
            <translation>{path} dosyası bir PeelDesk veritabanı değil, bu yüzden şifrelenmedi.</translation>
        </message>
        <message>
            <source>The file “{database}” is not a PeelDesk database or is damaged. Nothing was changed. Choose another file, or restore a backup (PeelDesk offers the newest good one when it starts).</source>
            <translation>“{database}” dosyası bir PeelDesk veritabanı değil ya da bozuk. Hiçbir şey değiştirilmedi. Başka bir dosya seçin ya da bir yedeği geri yükleyin (PeelDesk açılırken en yeni sağlam yedeği önerir).</translation>
        </message>
        <message>
            <source>The file's list of tables is damaged: the name “{name}” is not readable text.</source>
            <translation>Dosyanın tablo listesi hasarlı: “{name}” adı okunabilir bir metin değil.</translation>
        </message>
        <message>
            <source>The first band must start at 0 cm², not {size} cm².</source>
            <translation>İlk aralık {size} cm² ile değil, 0 cm² ile başlamalıdır.</translation>
        </message>
        <message>
            <source>The follow-up date</source>
            <translation>Kontrol tarihi</translation>
        </message>
        <message>
            <source>The follow-up date cannot be before the session.</source>
            <translation>Kontrol tarihi seanstan önce olamaz.</translation>
        </message>
        <message>
            <source>The healing note</source>
            <translation>İyileşme notu</translation>
        </message>
        <message>
            <source>The intervals of {day} overlap.</source>
            <translation>{day} günündeki aralıklar çakışıyor.</translation>
        </message>
        <message>
            <source>The key file of the encrypted database is damaged; nothing was opened.</source>
            <translation>Şifreli veritabanının anahtar dosyası bozuk; hiçbir şey açılmadı.</translation>
        </message>
        <message>
            <source>The key file {file} of the encrypted database cannot be read, so the database cannot be opened. Nothing was changed. Put back the key file (a copy is kept beside every backup).</source>
            <translation>Şifreli veritabanının {file} anahtar dosyası okunamıyor, bu yüzden veritabanı açılamıyor. Hiçbir şey değiştirilmedi. Anahtar dosyasını yerine koyun (her yedeğin yanında bir kopyası durur).</translation>
        </message>
        <message>
            <source>The key file {file} was written by a newer PeelDesk. Install that version to open this database; nothing was changed.</source>
            <translation>{file} anahtar dosyası PeelDesk'in daha yeni bir sürümüyle yazılmış. Bu veritabanını açmak için o sürümü kurun; hiçbir şey değiştirilmedi.</translation>
        </message>
        <message>
            <source>The last day is before the first day.</source>
            <translation>Son gün, ilk günden önce.</translation>
        </message>
        <message>
            <source>The logo file is larger than 5 MB. Save a smaller version of it.</source>
            <translation>Logo dosyası 5 MB'tan büyük. Daha küçük bir sürümünü kaydedin.</translation>
        </message>
        <message>
            <source>The minimum charge cannot be negative.</source>
            <translation>En düşük ücret negatif olamaz.</translation>
        </message>
        <message>
            <source>The note</source>
            <translation>Not</translation>
        </message>
        <message>
            <source>The number of sessions must be between 1 and {limit}.</source>
            <translation>Seans sayısı 1 ile {limit} arasında olmalıdır.</translation>
        </message>
        <message>
            <source>The password contains characters that cannot be typed. Type it again.</source>
            <translation>Parolada klavyeyle yazılamayan karakterler var. Parolayı yeniden yazın.</translation>
        </message>
        <message>
            <source>The password must be at most {count} characters long.</source>
            <translation>Parola en fazla {count} karakter olabilir.</translation>
        </message>
        <message>
            <source>The password must have at least {count} characters.</source>
            <translation>Parola en az {count} karakter olmalı.</translation>
        </message>
        <message>
            <source>The password must not be the user name.</source>
            <translation>Parola, kullanıcı adıyla aynı olmamalı.</translation>
        </message>
        <message>
            <source>The patient copy shows the photos outside the clinical record, so it needs the patient's marketing consent, which is not signed (or was withdrawn). Print the physician's file copy, or ask the patient to sign the marketing consent first.</source>
            <translation>Hasta nüshası fotoğrafları klinik kaydın dışına çıkarır; bu yüzden hastanın tanıtım (pazarlama) onamı gerekir, ama bu onam imzalanmamış ya da geri çekilmiş. Hekim dosyası nüshasını yazdırın ya da önce hastadan tanıtım onamını imzalamasını isteyin.</translation>
        </message>
        <message>
            <source>The patient has not signed the consent form for {procedure} (or signed a version that must be signed again).</source>
            <translation>Hasta {procedure} için onam formunu imzalamamış (ya da yeniden imzalanması gereken bir sürümü imzalamış).</translation>
        </message>
        <message>
            <source>The personal values of event {event} were changed after they were recorded.</source>
            <translation>{event} numaralı olayın kişisel değerleri kaydedildikten sonra değiştirilmiş.</translation>
        </message>
        <message>
            <source>The personal values of event {event} were deleted outside anonymisation.</source>
            <translation>{event} numaralı olayın kişisel değerleri anonimleştirme dışında silinmiş.</translation>
        </message>
        <message>
            <source>The placeholder {placeholder} in section [{section}] is unknown. You can use: {allowed}.</source>
            <translation>[{section}] bölümündeki {placeholder} yer tutucusu tanınmıyor. Kullanabilecekleriniz: {allowed}.</translation>
        </message>
        <message>
            <source>The reaction</source>
            <translation>Reaksiyon</translation>
        </message>
        <message>
            <source>The reason</source>
            <translation>Gerekçe</translation>
        </message>
        <message>
            <source>The record of the trail's last event ({path}) was changed or damaged after PeelDesk wrote it.</source>
            <translation>Kaydın son olayını tutan dosya ({path}) PeelDesk yazdıktan sonra değiştirilmiş ya da bozulmuş.</translation>
        </message>
        <message>
            <source>The root certificate file {path} cannot be read, so the database server cannot be checked and PeelDesk did not connect. Choose the clinic's root certificate in Admin → Database connection.</source>
            <translation>{path} kök sertifika dosyası okunamıyor; veritabanı sunucusu doğrulanamadığı için PeelDesk bağlanmadı. Kliniğin kök sertifikasını Yönetim → Veritabanı bağlantısı bölümünde seçin.</translation>
        </message>
        <message>
            <source>The rounding step must be between 0.01 and 1000 (e.g. 1 or 10).</source>
            <translation>Yuvarlama adımı 0,01 ile 1000 arasında olmalıdır (ör. 1 ya da 10).</translation>
        </message>
        <message>
            <source>The screening says the patient {condition} (last dose {date}); the physician must decide whether peeling is safe.</source>
            <translation>Sorguya göre hasta {condition} (son doz {date}); peelingin güvenli olup olmadığına hekim karar vermeli.</translation>
        </message>
        <message>
            <source>The screening says the patient {condition}; the physician must decide whether peeling is safe.</source>
            <translation>Sorguya göre hasta {condition}; peelingin güvenli olup olmadığına hekim karar vermeli.</translation>
        </message>
        <message>
            <source>The section [{section}] appears twice (line {number}).</source>
            <translation>[{section}] bölümü iki kez geçiyor ({number}. satır).</translation>
        </message>
        <message>
            <source>The section [{section}] is missing. Add it back or use “Reset to default”.</source>
            <translation>[{section}] bölümü eksik. Bölümü geri ekleyin ya da “Varsayılana döndür” düğmesini kullanın.</translation>
        </message>
        <message>
            <source>The section [{section}] is not used by this sheet. Its sections are: {sections}.</source>
            <translation>[{section}] bölümü bu sayfada kullanılmıyor. Sayfanın bölümleri: {sections}.</translation>
        </message>
        <message>
            <source>The server wants a password for this user, and PeelDesk does not keep one in its settings.</source>
            <translation>Sunucu bu kullanıcı için parola istiyor; PeelDesk ise ayarlarında parola saklamaz.</translation>
        </message>
        <message>
            <source>The session date</source>
            <translation>Seans tarihi</translation>
        </message>
        <message>
            <source>The setting could not be saved in {path}: {detail}. Check that this folder is writable.</source>
            <translation>Ayar {path} dosyasına kaydedilemedi: {detail}. Bu klasöre yazılabildiğini kontrol edin.</translation>
        </message>
        <message>
            <source>The shortest password must be between 8 and 128 characters.</source>
            <translation>En kısa parola 8 ile 128 karakter arasında olmalı.</translation>
        </message>
        <message>
            <source>The signature could not be read. Clear it and sign again.</source>
            <translation>İmza okunamadı. Temizleyip yeniden imzalayın.</translation>
        </message>
        <message>
            <source>The signature image is missing. Clear it and sign again.</source>
            <translation>İmzanın görüntüsü eksik. Temizleyip yeniden imzalayın.</translation>
        </message>
        <message>
            <source>The signature image is too large. Clear it and sign again.</source>
            <translation>İmzanın görüntüsü çok büyük. Temizleyip yeniden imzalayın.</translation>
        </message>
        <message>
            <source>The signature is empty. Ask the patient to sign in the box.</source>
            <translation>İmza boş. Hastadan kutunun içine imzalamasını isteyin.</translation>
        </message>
        <message>
            <source>The signature is too long. Clear it and sign again.</source>
            <translation>İmza çok uzun. Temizleyip yeniden imzalayın.</translation>
        </message>
        <message>
            <source>The signature of consent {consent} (its pen strokes or image) was changed after it was signed.</source>
            <translation>{consent} numaralı onamın imzası (kalem izleri veya görüntüsü) imzalandıktan sonra değiştirilmiş.</translation>
        </message>
        <message>
            <source>The size must be more than 0 cm².</source>
            <translation>Boyut 0 cm²’den büyük olmalı.</translation>
        </message>
        <message>
            <source>The table “{table}” is missing.</source>
            <translation>“{table}” tablosu eksik.</translation>
        </message>
        <message>
            <source>The text of the consent form signed as consent {consent} was changed after it was signed.</source>
            <translation>{consent} numaralı onamda imzalanan formun metni imzadan sonra değiştirilmiş.</translation>
        </message>
        <message>
            <source>The trail was signed with a new key from event {event} on {when} (audit adopt-key): the {count} events before it can no longer be checked. If the clinic's audit.key was really lost, an administrator confirms it with “peeldesk audit acknowledge”.</source>
            <translation>Kayıt, {when} tarihindeki {event} numaralı olaydan itibaren yeni bir anahtarla imzalanıyor (audit adopt-key): ondan önceki {count} olay artık doğrulanamıyor. Kliniğin audit.key dosyası gerçekten kaybolduysa bir yönetici bunu “peeldesk audit acknowledge” ile onaylar.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>İki parola aynı değil.</translation>
        </message>
        <message>
            <source>The two passwords are not the same. Type them again.</source>
            <translation>İki parola aynı değil. Lütfen yeniden yazın.</translation>
        </message>
        <message>
            <source>The user name or password is wrong, or the account is locked after too many wrong passwords. Check them and try again later, or ask an administrator.</source>
            <translation>Kullanıcı adı ya da parola yanlış veya hesap çok sayıda yanlış paroladan sonra kilitlendi. Bilgileri kontrol edip daha sonra yeniden deneyin ya da bir yöneticiye başvurun.</translation>
        </message>
        <message>
            <source>The user name or password is wrong. Check them and try again (1 attempt left before the account is locked).</source>
            <translation>Kullanıcı adı ya da parola yanlış. Kontrol edip yeniden deneyin (hesap kilitlenmeden önce 1 deneme hakkınız kaldı).</translation>
        </message>
        <message>
            <source>The user name or password is wrong. Check them and try again ({count} attempts left before the account is locked).</source>
            <translation>Kullanıcı adı ya da parola yanlış. Kontrol edip yeniden deneyin (hesap kilitlenmeden önce {count} deneme hakkınız kaldı).</translation>
        </message>
        <message>
            <source>The user name “{username}” is already taken; choose another.</source>
            <translation>“{username}” kullanıcı adı zaten kullanılıyor; başka bir ad seçin.</translation>
        </message>
        <message>
            <source>The value of {setting} was changed after you opened these settings. Nothing was saved: close them, open them again and make your change again.</source>
            <translation>Bu ayarları açtıktan sonra {setting} değeri değiştirildi. Hiçbir şey kaydedilmedi: ayarları kapatıp yeniden açın ve değişikliğinizi yeniden yapın.</translation>
        </message>
        <message>
            <source>The value of {setting} was changed by {who} at {when} after you opened these settings. Nothing was saved: close them, open them again and make your change again.</source>
            <translation>Bu ayarları açtıktan sonra {setting} değeri {when} tarihinde {who} tarafından değiştirildi. Hiçbir şey kaydedilmedi: ayarları kapatıp yeniden açın ve değişikliğinizi yeniden yapın.</translation>
        </message>
        <message>
            <source>The withdrawal of consent {consent} has no record in the audit trail: it was added afterwards.</source>
            <translation>{consent} numaralı onamın geri alınmasının denetim kaydında karşılığı yok: sonradan eklenmiş.</translation>
        </message>
        <message>
            <source>The withdrawal of consent {consent} was changed after it was recorded.</source>
            <translation>{consent} numaralı onamın geri alınması kaydedildikten sonra değiştirilmiş.</translation>
        </message>
        <message>
            <source>The withdrawal of consent {consent} was deleted: the audit trail records it.</source>
            <translation>{consent} numaralı onamın geri alınması silinmiş: denetim kaydında duruyor.</translation>
        </message>
        <message>
            <source>The {device} is due for service on {due}.</source>
            <translation>{device} cihazının servis tarihi {due}.</translation>
        </message>
        <message>
            <source>The {device} is out of service {first}–{last} ({reason}).</source>
            <translation>{device} cihazı {first}–{last} tarihleri arasında hizmet dışı ({reason}).</translation>
        </message>
        <message>
            <source>The {device} is out of service {first}–{last}.</source>
            <translation>{device} cihazı {first}–{last} tarihleri arasında hizmet dışı.</translation>
        </message>
        <message>
            <source>The {device} is out of service. Choose another device.</source>
            <translation>{device} hizmet dışı. Başka bir cihaz seçin.</translation>
        </message>
        <message>
            <source>The {device} was due for service on {due}.</source>
            <translation>{device} cihazının servis tarihi {due} idi; servis gecikti.</translation>
        </message>
        <message>
            <source>There is no PeelDesk database at {path}. Check the path; nothing was created.</source>
            <translation>{path} konumunda bir PeelDesk veritabanı yok. Yolu kontrol edin; hiçbir şey oluşturulmadı.</translation>
        </message>
        <message>
            <source>There is no active physician to book with.</source>
            <translation>Randevu verilebilecek etkin bir hekim yok.</translation>
        </message>
        <message>
            <source>There is no consent form of this kind yet.</source>
            <translation>Bu türde henüz bir onam formu yok.</translation>
        </message>
        <message>
            <source>There is no database file there yet. PeelDesk will create it when it first starts with this setting.</source>
            <translation>Orada henüz bir veritabanı dosyası yok. PeelDesk bu ayarla ilk kez açıldığında dosyayı oluşturacak.</translation>
        </message>
        <message>
            <source>There is no database file there, and PeelDesk cannot create one in {folder}: this user may not write in that folder.</source>
            <translation>Orada bir veritabanı dosyası yok ve PeelDesk {folder} klasöründe dosya oluşturamıyor: bu kullanıcının o klasöre yazma izni yok.</translation>
        </message>
        <message>
            <source>There is no handout template called “{key}”.</source>
            <translation>“{key}” adında bir broşür şablonu yok.</translation>
        </message>
        <message>
            <source>There is no handout template “{key}” in the language “{language}”.</source>
            <translation>“{language}” dilinde “{key}” broşür şablonu yok.</translation>
        </message>
        <message>
            <source>There is no missing end of the trail or key change to acknowledge.</source>
            <translation>Onaylanacak eksik bir kayıt sonu ya da anahtar değişikliği yok.</translation>
        </message>
        <message>
            <source>There is no quote numbered “{number}”. Check the number.</source>
            <translation>“{number}” numaralı bir teklif yok. Numarayı kontrol edin.</translation>
        </message>
        <message>
            <source>There is no receipt numbered {number}.</source>
            <translation>{number} numaralı bir makbuz yok.</translation>
        </message>
        <message>
            <source>There is no session number {number}. Check the number and try again.</source>
            <translation>{number} numaralı bir seans yok. Numarayı kontrol edip yeniden deneyin.</translation>
        </message>
        <message>
            <source>This account can no longer log in. Close PeelDesk and ask an administrator.</source>
            <translation>Bu hesapla artık giriş yapılamıyor. PeelDesk’i kapatın ve bir yöneticiye başvurun.</translation>
        </message>
        <message>
            <source>This account has been deactivated. Ask an administrator.</source>
            <translation>Bu hesap devre dışı bırakılmış. Bir yöneticiye başvurun.</translation>
        </message>
        <message>
            <source>This account is locked after too many wrong passwords. Try again after {time}, or ask an administrator to unlock it.</source>
            <translation>Çok sayıda yanlış parola girildiği için bu hesap kilitlendi. Saat {time} sonrasında yeniden deneyin ya da kilidi açması için bir yöneticiye başvurun.</translation>
        </message>
        <message>
            <source>This account was changed by someone else after you opened it. Nothing was saved: reload the list and make your change again.</source>
            <translation>Siz açtıktan sonra bu hesabı başka biri değiştirdi. Hiçbir şey kaydedilmedi: listeyi yenileyin ve değişikliğinizi tekrar yapın.</translation>
        </message>
        <message>
            <source>This account was changed by someone else meanwhile. Nothing was saved: reload the list and try again.</source>
            <translation>Bu hesabı bu arada başka biri değiştirdi. Hiçbir şey kaydedilmedi: listeyi yenileyin ve tekrar deneyin.</translation>
        </message>
        <message>
            <source>This address cannot be used: {detail}</source>
            <translation>Bu adres kullanılamıyor: {detail}</translation>
        </message>
        <message>
            <source>This area is no longer in the catalog. Reopen the catalog.</source>
            <translation>Bu bölge artık katalogda yok. Kataloğu yeniden açın.</translation>
        </message>
        <message>
            <source>This area is not in the clinic's catalog (or no longer active). Pick an area from the list.</source>
            <translation>Bu bölge kliniğin kataloğunda yok (ya da artık kullanılmıyor). Listeden bir bölge seçin.</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of PeelDesk. Install that version to restore it; nothing was restored.</source>
            <translation>Bu yedek PeelDesk’in daha yeni bir sürümüyle alınmış. Geri yüklemek için o sürümü kurun; hiçbir şey geri yüklenmedi.</translation>
        </message>
        <message>
            <source>This computer's audit key ({path}) is not the one this clinic's database is signed with, so nothing can be saved from here. Copy audit.key from a workstation that already works with this database into that folder, then start PeelDesk again.</source>
            <translation>Bu bilgisayarın denetim anahtarı ({path}), kliniğin veritabanını imzalayan anahtar değil, bu yüzden buradan hiçbir şey kaydedilemez. audit.key dosyasını bu veritabanıyla zaten çalışan bir bilgisayardan o klasöre kopyalayın, ardından PeelDesk’i yeniden başlatın.</translation>
        </message>
        <message>
            <source>This computer's database setting ({path}) cannot be read: {detail}. Fix the file's permissions, or delete it to use the local database file.</source>
            <translation>Bu bilgisayarın veritabanı ayarı ({path}) okunamıyor: {detail}. Dosyanın izinlerini düzeltin ya da bu bilgisayardaki veritabanı dosyasını kullanmak için ayar dosyasını silin.</translation>
        </message>
        <message>
            <source>This computer's database setting ({path}) is damaged. Choose the database again (Admin → Database connection…), or delete the file to use the local database file.</source>
            <translation>Bu bilgisayarın veritabanı ayarı ({path}) bozuk. Veritabanını yeniden seçin (Yönetim → Veritabanı bağlantısı…) ya da bu bilgisayardaki veritabanı dosyasını kullanmak için ayar dosyasını silin.</translation>
        </message>
        <message>
            <source>This consent form no longer exists. Open it again.</source>
            <translation>Bu onam formu artık yok. Yeniden açın.</translation>
        </message>
        <message>
            <source>This consent was already withdrawn.</source>
            <translation>Bu onam zaten geri alınmış.</translation>
        </message>
        <message>
            <source>This course belongs to another patient.</source>
            <translation>Bu kür başka bir hastaya ait.</translation>
        </message>
        <message>
            <source>This course is already closed.</source>
            <translation>Bu kür zaten kapatılmış.</translation>
        </message>
        <message>
            <source>This course is closed; book the session without it.</source>
            <translation>Bu kür kapatılmış; seansı kür dışında randevuya alın.</translation>
        </message>
        <message>
            <source>This course is not the patient's.</source>
            <translation>Bu kür bu hastaya ait değil.</translation>
        </message>
        <message>
            <source>This course no longer exists.</source>
            <translation>Bu kür artık yok.</translation>
        </message>
        <message>
            <source>This database already holds {count} real patients, so no demo data was added. Use an empty database, or pass --force if you are sure.</source>
            <translation>Bu veritabanında zaten {count} gerçek hasta var, bu yüzden deneme verisi eklenmedi. Boş bir veritabanı kullanın ya da eminseniz --force seçeneğini verin.</translation>
        </message>
        <message>
            <source>This database file is encrypted. PeelDesk will ask for its clinic passphrase when it starts with this setting.</source>
            <translation>Bu veritabanı dosyası şifreli. PeelDesk bu ayarla açıldığında klinik parolasını soracak.</translation>
        </message>
        <message>
            <source>This database was written by a newer version of PeelDesk. Install the newer version to open it; nothing was changed.</source>
            <translation>Bu veritabanı PeelDesk’in daha yeni bir sürümüyle yazılmış. Açmak için yeni sürümü kurun; hiçbir şey değiştirilmedi.</translation>
        </message>
        <message>
            <source>This day has already passed. Only a physician or an administrator can enter a session of an earlier day.</source>
            <translation>Bu gün geçti. Önceki bir güne ait seansı yalnızca hekim veya yönetici girebilir.</translation>
        </message>
        <message>
            <source>This file holds tables PeelDesk does not recognise, so it was left untouched. Choose a PeelDesk database file.</source>
            <translation>Bu dosyada PeelDesk’in tanımadığı tablolar var, bu yüzden dosyaya dokunulmadı. Bir PeelDesk veritabanı dosyası seçin.</translation>
        </message>
        <message>
            <source>This file is not a PeelDesk backup. Nothing was restored.</source>
            <translation>Bu dosya bir PeelDesk yedeği değil. Hiçbir şey geri yüklenmedi.</translation>
        </message>
        <message>
            <source>This is a folder. Choose a file name inside it.</source>
            <translation>Bu bir klasör. İçinde bir dosya adı seçin.</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess. Add another unrelated word, or avoid names, dates and keyboard rows.</source>
            <translation>Bu parola kolayca tahmin edilebilir. Birbiriyle ilgisiz bir sözcük daha ekleyin; isimlerden, tarihlerden ve klavye sıralarından kaçının.</translation>
        </message>
        <message>
            <source>This patient has no contraindication screening on file. Ask the screening questions and record them on the patient form.</source>
            <translation>Bu hastanın kayıtlı kontrendikasyon sorgusu yok. Sorgu sorularını sorun ve yanıtları hasta formuna kaydedin.</translation>
        </message>
        <message>
            <source>This patient has not consented to clinical photography (or withdrew the consent): no photo can be taken. Ask the patient to sign the photography consent first.</source>
            <translation>Bu hasta klinik fotoğraf çekimine onay vermemiş (ya da onayını geri çekmiş): fotoğraf çekilemez. Önce hastadan fotoğraf onam formunu imzalamasını isteyin.</translation>
        </message>
        <message>
            <source>This patient is archived. Bring them back before booking.</source>
            <translation>Bu hasta arşivde. Randevu vermeden önce hastayı arşivden geri alın.</translation>
        </message>
        <message>
            <source>This patient no longer exists.</source>
            <translation>Bu hasta artık yok.</translation>
        </message>
        <message>
            <source>This patient no longer exists. Search again.</source>
            <translation>Bu hasta artık kayıtlı değil. Yeniden arayın.</translation>
        </message>
        <message>
            <source>This patient still has {count} planned session(s). Cancel them first: a booking without a name cannot be kept.</source>
            <translation>Bu hastanın hâlâ {count} planlanmış seansı var. Önce bunları iptal edin: adı olmayan bir randevu tutulamaz.</translation>
        </message>
        <message>
            <source>This patient was anonymised and cannot sign.</source>
            <translation>Bu hastanın kimlik bilgileri silinmiş; imza atamaz.</translation>
        </message>
        <message>
            <source>This patient was changed after you opened it. Nothing was removed: reload the patient and try again.</source>
            <translation>Bu hasta, siz açtıktan sonra değiştirildi. Hiçbir şey silinmedi: hastayı yeniden yükleyip tekrar deneyin.</translation>
        </message>
        <message>
            <source>This patient's identity was already removed.</source>
            <translation>Bu hastanın kimlik bilgileri zaten silinmiş.</translation>
        </message>
        <message>
            <source>This payment already has a receipt; print that one again.</source>
            <translation>Bu ödemenin zaten bir makbuzu var; o makbuzu yeniden yazdırın.</translation>
        </message>
        <message>
            <source>This payment no longer exists.</source>
            <translation>Bu ödeme artık yok.</translation>
        </message>
        <message>
            <source>This payment was taken back.</source>
            <translation>Bu ödeme geri alınmış.</translation>
        </message>
        <message>
            <source>This period no longer exists. Reload the list.</source>
            <translation>Bu dönem artık yok. Listeyi yeniden yükleyin.</translation>
        </message>
        <message>
            <source>This photo is hidden: the patient has withdrawn consent for its use.</source>
            <translation>Bu fotoğraf gizli: hasta fotoğrafın kullanımına verdiği onayı geri çekti.</translation>
        </message>
        <message>
            <source>This photo no longer exists. Reload the list.</source>
            <translation>Bu fotoğraf artık yok. Listeyi yeniden yükleyin.</translation>
        </message>
        <message>
            <source>This physician is no longer active. Choose another physician.</source>
            <translation>Bu hekim artık etkin değil. Başka bir hekim seçin.</translation>
        </message>
        <message>
            <source>This price list version no longer exists. Close the price list and open it again.</source>
            <translation>Fiyat listesinin bu sürümü artık yok. Fiyat listesini kapatıp yeniden açın.</translation>
        </message>
        <message>
            <source>This quote no longer exists. Reopen the patient's quotes.</source>
            <translation>Bu teklif artık yok. Hastanın tekliflerini yeniden açın.</translation>
        </message>
        <message>
            <source>This quote was changed on another workstation after you opened it. Nothing was saved: reopen the quote and make your change again.</source>
            <translation>Bu teklif, siz açtıktan sonra başka bir bilgisayarda değiştirildi. Hiçbir şey kaydedilmedi: teklifi yeniden açın ve değişikliğinizi tekrar yapın.</translation>
        </message>
        <message>
            <source>This receipt is already cancelled.</source>
            <translation>Bu makbuz zaten iptal edilmiş.</translation>
        </message>
        <message>
            <source>This receipt no longer exists.</source>
            <translation>Bu makbuz artık yok.</translation>
        </message>
        <message>
            <source>This room or device no longer exists. Reload the list.</source>
            <translation>Bu oda ya da cihaz artık yok. Listeyi yeniden yükleyin.</translation>
        </message>
        <message>
            <source>This room or device was changed by someone else after you opened it. Nothing was saved: reload the list and make your change again.</source>
            <translation>Bu oda ya da cihaz, siz açtıktan sonra başka biri tarafından değiştirildi. Hiçbir şey kaydedilmedi: listeyi yeniden yükleyip değişikliğinizi tekrar yapın.</translation>
        </message>
        <message>
            <source>This session has not started yet (it starts at {time}), so it cannot be recorded as done. Record it once the treatment has begun.</source>
            <translation>Bu seans henüz başlamadı (başlangıç saati: {time}), bu yüzden yapıldı olarak kaydedilemez. Tedavi başladıktan sonra kaydedin.</translation>
        </message>
        <message>
            <source>This session is already past that step; reload the list.</source>
            <translation>Bu seans o adımı zaten geçti; listeyi yenileyin.</translation>
        </message>
        <message>
            <source>This session is not the patient's.</source>
            <translation>Bu seans bu hastaya ait değil.</translation>
        </message>
        <message>
            <source>This session is recorded as done; a physician must change it.</source>
            <translation>Bu seans yapıldı olarak kaydedilmiş; yalnızca bir hekim değiştirebilir.</translation>
        </message>
        <message>
            <source>This session no longer exists. Reload the history.</source>
            <translation>Bu seans artık kayıtlı değil. Geçmişi yenileyin.</translation>
        </message>
        <message>
            <source>This session no longer exists. Reload the list.</source>
            <translation>Bu seans artık kayıtlı değil. Listeyi yenileyin.</translation>
        </message>
        <message>
            <source>This session's time has passed; book a new session instead.</source>
            <translation>Bu seansın saati geçti; bunun yerine yeni bir seans planlayın.</translation>
        </message>
        <message>
            <source>This signed consent no longer exists. Reload the list.</source>
            <translation>Bu imzalı onam artık yok. Listeyi yeniden yükleyin.</translation>
        </message>
        <message>
            <source>This staff account no longer exists.</source>
            <translation>Bu personel hesabı artık yok.</translation>
        </message>
        <message>
            <source>This staff account no longer exists. Reload the list.</source>
            <translation>Bu personel hesabı artık kayıtlı değil. Listeyi yenileyin.</translation>
        </message>
        <message>
            <source>This text is the same as the current version; nothing was published.</source>
            <translation>Bu metin güncel sürümle aynı; hiçbir şey yayımlanmadı.</translation>
        </message>
        <message>
            <source>This treated area no longer exists. Reload the session.</source>
            <translation>Bu uygulama bölgesi artık yok. Seansı yeniden yükleyin.</translation>
        </message>
        <message>
            <source>This {noun} was changed after you opened it. Your changes were not saved: {remedy} and make them again.</source>
            <translation>Bu {noun}, siz açtıktan sonra değiştirildi. Değişiklikleriniz kaydedilmedi: {remedy} ve değişikliklerinizi yeniden yapın.</translation>
        </message>
        <message>
            <source>This {noun} was changed at {when} after you opened it. Your changes were not saved: {remedy} and make them again.</source>
            <translation>Bu {noun}, siz açtıktan sonra {when} tarihinde değiştirildi. Değişiklikleriniz kaydedilmedi: {remedy} ve değişikliklerinizi yeniden yapın.</translation>
        </message>
        <message>
            <source>This {noun} was changed by {who} at {when} after you opened it. Your changes were not saved: {remedy} and make them again.</source>
            <translation>Bu {noun}, siz açtıktan sonra {when} tarihinde {who} tarafından değiştirildi. Değişiklikleriniz kaydedilmedi: {remedy} ve değişikliklerinizi yeniden yapın.</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Perşembe</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Salı</translation>
        </message>
        <message>
            <source>Two depth tiers have the same max_um; give each its own limit.</source>
            <translation>İki derinlik kademesinin max_um değeri aynı; her birine kendi sınırını verin.</translation>
        </message>
        <message>
            <source>Type a name, e.g. “Room 2” or “CO2 laser”.</source>
            <translation>Bir ad yazın, örneğin “Oda 2” ya da “CO2 lazer”.</translation>
        </message>
        <message>
            <source>Type at least {count} digits to search by phone.</source>
            <translation>Telefonla aramak için en az {count} rakam yazın.</translation>
        </message>
        <message>
            <source>Type the hours as 09:00–18:00, or 09:00–13:00, 14:00–18:00 for a split day; leave the day empty for a day off.</source>
            <translation>Saatleri 09:00–18:00 biçiminde, bölünmüş bir gün için 09:00–13:00, 14:00–18:00 olarak yazın; izin günü için boş bırakın.</translation>
        </message>
        <message>
            <source>Type the session date as day.month.year, e.g. 03.12.2026.</source>
            <translation>Seans tarihini gün.ay.yıl olarak yazın, ör. 03.12.2026.</translation>
        </message>
        <message>
            <source>Type the size as a number of cm², e.g. 12.5.</source>
            <translation>Boyutu cm² cinsinden bir sayı olarak yazın, ör. 12,5.</translation>
        </message>
        <message>
            <source>Type the size as a number of cm², e.g. 80.</source>
            <translation>Boyutu cm² cinsinden bir sayı olarak yazın, ör. 80.</translation>
        </message>
        <message>
            <source>Type the start time as hours:minutes, e.g. 14:30.</source>
            <translation>Başlangıç saatini saat:dakika olarak yazın, ör. 14:30.</translation>
        </message>
        <message>
            <source>Unknown setting “{key}”.</source>
            <translation>Bilinmeyen ayar: “{key}”.</translation>
        </message>
        <message>
            <source>Unknown {what}: {codes}. Pick from the list.</source>
            <translation>Bilinmeyen {what}: {codes}. Listeden seçin.</translation>
        </message>
        <message>
            <source>Use at least {count} characters for the clinic passphrase; a few unrelated words are easy to remember and hard to guess.</source>
            <translation>Klinik parolası en az {count} karakter olmalı; birbiriyle ilgisiz birkaç sözcük hem kolay hatırlanır hem de zor tahmin edilir.</translation>
        </message>
        <message>
            <source>User name is required.</source>
            <translation>Kullanıcı adı gerekli.</translation>
        </message>
        <message>
            <source>User name: 2 to 64 characters, English letters, digits, dot, dash or underscore (for example ayse.kaya).</source>
            <translation>Kullanıcı adı: 2 ile 64 karakter arası; İngilizce harfler, rakamlar, nokta, tire ya da alt çizgi (örneğin ayse.kaya).</translation>
        </message>
        <message>
            <source>Version {version} is published and cannot be changed. Start a new version from it instead.</source>
            <translation>{version}. sürüm yayınlandı ve değiştirilemez. Bunun yerine ondan yeni bir sürüm başlatın.</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Çarşamba</translation>
        </message>
        <message>
            <source>Working hours are kept for physicians only. Choose a physician.</source>
            <translation>Çalışma saatleri yalnızca hekimler için tutulur. Bir hekim seçin.</translation>
        </message>
        <message>
            <source>Write the text the patient reads and signs.</source>
            <translation>Hastanın okuyup imzalayacağı metni yazın.</translation>
        </message>
        <message>
            <source>Write what you saw or pick an adverse event.</source>
            <translation>Gözleminizi yazın ya da bir istenmeyen etki seçin.</translation>
        </message>
        <message>
            <source>Write why the gap is known, e.g. “audit.key lost with the old PC”.</source>
            <translation>Bu boşluğun neden bilindiğini yazın, örneğin “audit.key eski bilgisayarla birlikte kayboldu”.</translation>
        </message>
        <message>
            <source>Write why the identity is removed, e.g. “written request of the patient, 20.11.2026”. It is kept in the audit trail.</source>
            <translation>Kimlik bilgilerinin neden silindiğini yazın, örneğin “hastanın yazılı talebi, 20.11.2026”. Bu açıklama denetim kaydında saklanır.</translation>
        </message>
        <message>
            <source>You can change only your own interface language. Ask an administrator to change someone else's.</source>
            <translation>Yalnızca kendi arayüz dilinizi değiştirebilirsiniz. Başka birinin dilini değiştirmek için bir yöneticiye başvurun.</translation>
        </message>
        <message>
            <source>You cannot deactivate your own account while logged in with it.</source>
            <translation>Kendi hesabınızla giriş yapmışken o hesabı devre dışı bırakamazsınız.</translation>
        </message>
        <message>
            <source>Your account ({role}) is not allowed to {action}. Ask a physician or an administrator.</source>
            <translation>Hesabınızın ({role}) şu işlem için yetkisi yok: {action}. Bir hekime ya da yöneticiye başvurun.</translation>
        </message>
        <message>
            <source>a combination needs at least two different areas.</source>
            <translation>“birlikte yapılan bölgeler” kuralı en az iki farklı bölge gerektirir.</translation>
        </message>
        <message>
            <source>a deep peel with local anaesthesia</source>
            <translation>lokal anestezi ile derin peeling</translation>
        </message>
        <message>
            <source>a package can ask for at most {limit} sessions.</source>
            <translation>seans paketi en fazla {limit} seans isteyebilir.</translation>
        </message>
        <message>
            <source>a package needs a minimum of 2 sessions or more.</source>
            <translation>seans paketi en az 2 seans gerektirir.</translation>
        </message>
        <message>
            <source>a peel combined with fractional laser</source>
            <translation>fraksiyonel lazerle birlikte peeling</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>yönetici</translation>
        </message>
        <message>
            <source>adverse event</source>
            <translation>istenmeyen etki</translation>
        </message>
        <message>
            <source>anonymise patients</source>
            <translation>hastaların kimlik bilgilerini silme</translation>
        </message>
        <message>
            <source>another process</source>
            <translation>başka bir işlem</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>başka bir program</translation>
        </message>
        <message>
            <source>backup {name}</source>
            <translation>{name} yedeği</translation>
        </message>
        <message>
            <source>book over a clash or outside working hours</source>
            <translation>çakışmaya ya da çalışma saatleri dışına randevu vermek</translation>
        </message>
        <message>
            <source>book sessions</source>
            <translation>seans randevusu verme</translation>
        </message>
        <message>
            <source>cancel receipts</source>
            <translation>makbuz iptal etme</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>iptal edildi</translation>
        </message>
        <message>
            <source>clinical photographs</source>
            <translation>klinik fotoğraflar</translation>
        </message>
        <message>
            <source>close the price list, open it again</source>
            <translation>fiyat listesini kapatıp yeniden açın</translation>
        </message>
        <message>
            <source>contact about offers and news</source>
            <translation>kampanya ve duyurular için iletişim</translation>
        </message>
        <message>
            <source>done</source>
            <translation>yapıldı</translation>
        </message>
        <message>
            <source>edit patients</source>
            <translation>hasta bilgilerini düzenleme</translation>
        </message>
        <message>
            <source>export patient data</source>
            <translation>hasta verilerini dışa aktarma</translation>
        </message>
        <message>
            <source>extend or close courses</source>
            <translation>kür uzatma veya kapatma</translation>
        </message>
        <message>
            <source>give a discount above the clinic's limit</source>
            <translation>kliniğin sınırını aşan indirim yapma</translation>
        </message>
        <message>
            <source>give the rule a name of printable characters (at most 100).</source>
            <translation>kurala yazdırılabilir karakterlerden oluşan bir ad verin (en fazla 100 karakter).</translation>
        </message>
        <message>
            <source>give the rule a name.</source>
            <translation>kurala bir ad verin.</translation>
        </message>
        <message>
            <source>has a history of herpes (cold sores)</source>
            <translation>uçuk (herpes) geçmişi var</translation>
        </message>
        <message>
            <source>has keloid or hypertrophic scars</source>
            <translation>keloid ya da hipertrofik skarı var</translation>
        </message>
        <message>
            <source>how long a quote stays valid</source>
            <translation>teklifin geçerlilik süresi</translation>
        </message>
        <message>
            <source>how long a screening stays valid</source>
            <translation>taramanın geçerlilik süresi</translation>
        </message>
        <message>
            <source>how long records are kept</source>
            <translation>kayıtların saklanma süresi</translation>
        </message>
        <message>
            <source>how often the incoming photos folder is looked at</source>
            <translation>gelen fotoğraflar klasörünün tarama aralığı</translation>
        </message>
        <message>
            <source>indication</source>
            <translation>endikasyon</translation>
        </message>
        <message>
            <source>is currently tanned</source>
            <translation>şu an bronz (güneşten yanmış)</translation>
        </message>
        <message>
            <source>is pregnant or breast-feeding</source>
            <translation>hamile ya da emziriyor</translation>
        </message>
        <message>
            <source>laser peeling</source>
            <translation>lazer peeling</translation>
        </message>
        <message>
            <source>manage backups</source>
            <translation>yedekleri yönetme</translation>
        </message>
        <message>
            <source>manage handout templates</source>
            <translation>broşür şablonlarını yönetme</translation>
        </message>
        <message>
            <source>manage prices</source>
            <translation>fiyatları yönetme</translation>
        </message>
        <message>
            <source>manage quotes</source>
            <translation>fiyat tekliflerini yönetme</translation>
        </message>
        <message>
            <source>manage rooms, devices and working hours</source>
            <translation>odaları, cihazları ve çalışma saatlerini yönetmek</translation>
        </message>
        <message>
            <source>manage settings</source>
            <translation>ayarları yönetme</translation>
        </message>
        <message>
            <source>manage staff accounts</source>
            <translation>personel hesaplarını yönetme</translation>
        </message>
        <message>
            <source>manage the treatment area catalog</source>
            <translation>tedavi bölgesi kataloğunu yönetme</translation>
        </message>
        <message>
            <source>needs signing again (new version)</source>
            <translation>yeniden imzalanmalı (yeni sürüm)</translation>
        </message>
        <message>
            <source>network share</source>
            <translation>ağ paylaşımı</translation>
        </message>
        <message>
            <source>no name</source>
            <translation>adsız</translation>
        </message>
        <message>
            <source>no-show</source>
            <translation>gelmedi</translation>
        </message>
        <message>
            <source>patient</source>
            <translation>hasta</translation>
        </message>
        <message>
            <source>physician</source>
            <translation>hekim</translation>
        </message>
        <message>
            <source>price list draft</source>
            <translation>fiyat listesi taslağı</translation>
        </message>
        <message>
            <source>print handouts</source>
            <translation>broşür yazdırma</translation>
        </message>
        <message>
            <source>procedure</source>
            <translation>işlem</translation>
        </message>
        <message>
            <source>publish consent forms</source>
            <translation>onam formu yayımlama</translation>
        </message>
        <message>
            <source>reception</source>
            <translation>resepsiyon</translation>
        </message>
        <message>
            <source>record treatments</source>
            <translation>tedavi kaydetme</translation>
        </message>
        <message>
            <source>refund payments</source>
            <translation>ödeme iadesi yapma</translation>
        </message>
        <message>
            <source>reload the patient</source>
            <translation>hastayı yeniden yükleyin</translation>
        </message>
        <message>
            <source>reopen the session</source>
            <translation>seansı yeniden açın</translation>
        </message>
        <message>
            <source>session</source>
            <translation>seans</translation>
        </message>
        <message>
            <source>take payments</source>
            <translation>ödeme alma</translation>
        </message>
        <message>
            <source>takes anticoagulants</source>
            <translation>kan sulandırıcı kullanıyor</translation>
        </message>
        <message>
            <source>takes or recently took isotretinoin</source>
            <translation>izotretinoin kullanıyor ya da yakın zamanda kullandı</translation>
        </message>
        <message>
            <source>takes photosensitising drugs</source>
            <translation>ışığa duyarlılık yapan ilaç kullanıyor</translation>
        </message>
        <message>
            <source>the address</source>
            <translation>adres</translation>
        </message>
        <message>
            <source>the backup folder</source>
            <translation>yedek klasörü</translation>
        </message>
        <message>
            <source>the clinic name</source>
            <translation>klinik adı</translation>
        </message>
        <message>
            <source>the daily backups kept</source>
            <translation>saklanan günlük yedekler</translation>
        </message>
        <message>
            <source>the deepest depth</source>
            <translation>en derin derinlik</translation>
        </message>
        <message>
            <source>the demonstration data mark</source>
            <translation>tanıtım verisi işareti</translation>
        </message>
        <message>
            <source>the discount must be more than 0 and at most 100 %.</source>
            <translation>indirim 0’dan büyük ve en fazla %100 olmalıdır.</translation>
        </message>
        <message>
            <source>the file could not be written</source>
            <translation>dosya yazılamadı</translation>
        </message>
        <message>
            <source>the healing interval</source>
            <translation>iyileşme aralığı</translation>
        </message>
        <message>
            <source>the incoming photos folder</source>
            <translation>gelen fotoğraflar klasörü</translation>
        </message>
        <message>
            <source>the interface language</source>
            <translation>arayüz dili</translation>
        </message>
        <message>
            <source>the kind must be combination or package.</source>
            <translation>tür “birlikte yapılan bölgeler” ya da “seans paketi” olmalıdır.</translation>
        </message>
        <message>
            <source>the largest discount reception may give</source>
            <translation>resepsiyonun yapabileceği en yüksek indirim</translation>
        </message>
        <message>
            <source>the lock-out time</source>
            <translation>kilitleme süresi</translation>
        </message>
        <message>
            <source>the logo file</source>
            <translation>logo dosyası</translation>
        </message>
        <message>
            <source>the phone number</source>
            <translation>telefon numarası</translation>
        </message>
        <message>
            <source>the phone region</source>
            <translation>telefon bölgesi</translation>
        </message>
        <message>
            <source>the record beside the database</source>
            <translation>veritabanının yanındaki kayıt</translation>
        </message>
        <message>
            <source>the screen lock time</source>
            <translation>ekran kilidi süresi</translation>
        </message>
        <message>
            <source>the shallowest depth</source>
            <translation>en sığ derinlik</translation>
        </message>
        <message>
            <source>the shortest password</source>
            <translation>en kısa parola</translation>
        </message>
        <message>
            <source>the size in cm²</source>
            <translation>cm² cinsinden boyutu</translation>
        </message>
        <message>
            <source>the time between backups</source>
            <translation>yedekler arasındaki süre</translation>
        </message>
        <message>
            <source>the time zone</source>
            <translation>saat dilimi</translation>
        </message>
        <message>
            <source>the weekly backups kept</source>
            <translation>saklanan haftalık yedekler</translation>
        </message>
        <message>
            <source>the wrong passwords before a lock-out</source>
            <translation>kilitlemeden önceki yanlış parola sayısı</translation>
        </message>
        <message>
            <source>this computer's record</source>
            <translation>bu bilgisayardaki kayıt</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>geçerli</translation>
        </message>
        <message>
            <source>view clinical records</source>
            <translation>klinik kayıtları görüntüleme</translation>
        </message>
        <message>
            <source>view patients</source>
            <translation>hastaları görüntüleme</translation>
        </message>
        <message>
            <source>view the audit trail</source>
            <translation>denetim kaydını görüntüleme</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>geri alındı</translation>
        </message>
        <message>
            <source>{area} is already booked on {date}, {days} after this session; the clinic waits {interval} days for the skin to heal.</source>
            <translation>“{area}” bölgesine {date} tarihinde, bu seanstan {days} sonra zaten randevu verilmiş; klinik, cildin iyileşmesi için {interval} gün bekliyor.</translation>
        </message>
        <message>
            <source>{area} is already booked on {date}, {days} before this session; the clinic waits {interval} days for the skin to heal.</source>
            <translation>“{area}” bölgesine {date} tarihinde, bu seanstan {days} önce zaten randevu verilmiş; klinik, cildin iyileşmesi için {interval} gün bekliyor.</translation>
        </message>
        <message>
            <source>{area} is listed twice. Remove one of the rows.</source>
            <translation>“{area}” iki kez listelenmiş. Satırlardan birini kaldırın.</translation>
        </message>
        <message>
            <source>{area} overlaps {other}, which is already booked on {date}, {days} after this session; the clinic waits {interval} days for the skin to heal.</source>
            <translation>“{area}” bölgesi “{other}” bölgesiyle örtüşüyor ve o bölgeye {date} tarihinde, bu seanstan {days} sonra zaten randevu verilmiş; klinik, cildin iyileşmesi için {interval} gün bekliyor.</translation>
        </message>
        <message>
            <source>{area} overlaps {other}, which is already booked on {date}, {days} before this session; the clinic waits {interval} days for the skin to heal.</source>
            <translation>“{area}” bölgesi “{other}” bölgesiyle örtüşüyor ve o bölgeye {date} tarihinde, bu seanstan {days} önce zaten randevu verilmiş; klinik, cildin iyileşmesi için {interval} gün bekliyor.</translation>
        </message>
        <message>
            <source>{area} overlaps {other}, which was treated on {date}, {days} before this session; the clinic waits {interval} days for the skin to heal.</source>
            <translation>“{area}” bölgesi “{other}” bölgesiyle örtüşüyor ve o bölge {date} tarihinde, bu seanstan {days} önce tedavi edildi; klinik, cildin iyileşmesi için {interval} gün bekliyor.</translation>
        </message>
        <message>
            <source>{area} was treated on {date}, {days} before this session; the clinic waits {interval} days for the skin to heal.</source>
            <translation>“{area}” bölgesi {date} tarihinde, bu seanstan {days} önce tedavi edildi; klinik, cildin iyileşmesi için {interval} gün bekliyor.</translation>
        </message>
        <message>
            <source>{count} days</source>
            <translation>{count} gün</translation>
        </message>
        <message>
            <source>{count} photo file(s) of this backup are missing or changed in {folder}. Nothing was restored. Copy the backup's “photos” folder next to it and try again.</source>
            <translation>Bu yedeğin {count} fotoğraf dosyası {folder} klasöründe eksik ya da değişmiş. Hiçbir şey geri yüklenmedi. Yedeğin “photos” klasörünü yedeğin yanına kopyalayıp tekrar deneyin.</translation>
        </message>
        <message>
            <source>{fields} changed (values erased)</source>
            <translation>{fields} değişti (değerler silindi)</translation>
        </message>
        <message>
            <source>{inner} lies inside {outer}: booked together, that skin is treated twice. Remove one of them unless the physician means it.</source>
            <translation>{inner}, {outer} içinde kalıyor: birlikte randevuya yazılırsa aynı cilt iki kez işlenir. Hekim bilerek istemiyorsa birini çıkarın.</translation>
        </message>
        <message>
            <source>{inner} lies inside {outer}: quoted together, that skin is charged twice. Remove one of them unless that is meant.</source>
            <translation>{inner}, {outer} içinde kalıyor: birlikte fiyatlanırsa aynı cilt iki kez ücretlendirilir. Bilerek istenmiyorsa birini çıkarın.</translation>
        </message>
        <message>
            <source>{label} cannot be in the future.</source>
            <translation>{label} ileri bir tarih olamaz.</translation>
        </message>
        <message>
            <source>{label} contains characters that cannot be printed.</source>
            <translation>{label} yazdırılamayan karakterler içeriyor.</translation>
        </message>
        <message>
            <source>{label} is before 1900; please check it.</source>
            <translation>{label} 1900’den önce; lütfen kontrol edin.</translation>
        </message>
        <message>
            <source>{label} is required.</source>
            <translation>{label} gerekli.</translation>
        </message>
        <message>
            <source>{label} is too long (at most {limit} characters).</source>
            <translation>{label} çok uzun (en fazla {limit} karakter).</translation>
        </message>
        <message>
            <source>{label} is too long: keep it under {limit} characters.</source>
            <translation>{label} çok uzun: {limit} karakteri geçmesin.</translation>
        </message>
        <message>
            <source>{label} must be a number, e.g. 2.5.</source>
            <translation>{label} bir sayı olmalı, ör. 2,5.</translation>
        </message>
        <message>
            <source>{label} must be between {first} and {last}; check the year.</source>
            <translation>{label} {first} ile {last} arasında olmalı; yılı kontrol edin.</translation>
        </message>
        <message>
            <source>{label} must be between {low} and {high}.</source>
            <translation>{label} {low} ile {high} arasında olmalı.</translation>
        </message>
        <message>
            <source>{label} must contain letters.</source>
            <translation>{label} harf içermeli.</translation>
        </message>
        <message>
            <source>{label}: write a real date as day.month.year, e.g. 31.12.1980.</source>
            <translation>{label}: gerçek bir tarihi gün.ay.yıl olarak yazın, ör. 31.12.1980.</translation>
        </message>
        <message>
            <source>{missing} of the {count} photo file(s) this backup needs are not in the “photos” folder beside it ({folder}). Copy that folder next to the backup, or choose another backup.</source>
            <translation>Bu yedeğin gerektirdiği {count} fotoğraf dosyasından {missing} tanesi yanındaki “photos” klasöründe yok ({folder}). O klasörü yedeğin yanına kopyalayın ya da başka bir yedek seçin.</translation>
        </message>
        <message>
            <source>{name} is out of service. Choose another one, or leave it to the search.</source>
            <translation>{name} hizmet dışı. Başka birini seçin ya da seçimi aramaya bırakın.</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation>{path}: {problem}</translation>
        </message>
        <message>
            <source>{physician} does not work on {weekday}.</source>
            <translation>{physician} {weekday} günleri çalışmıyor.</translation>
        </message>
        <message>
            <source>{physician} works {hours} on {weekday}; {start}–{end} is outside these hours.</source>
            <translation>{physician} {weekday} günleri {hours} saatlerinde çalışıyor; {start}–{end} bu saatlerin dışında.</translation>
        </message>
        <message>
            <source>{problem} Nothing was restored. Copy the clinic's audit.key to this computer, or restore it without the check (option --unverified) only if you are sure where it comes from.</source>
            <translation>{problem} Hiçbir şey geri yüklenmedi. Kliniğin audit.key dosyasını bu bilgisayara kopyalayın ya da yedeği doğrulamadan geri yükleyin (--unverified seçeneği); bunu yalnızca nereden geldiğinden eminseniz yapın.</translation>
        </message>
        <message>
            <source>{problem} Nothing was restored. Restore it without the check (option --unverified) only if you are sure where it comes from.</source>
            <translation>{problem} Hiçbir şey geri yüklenmedi. Yedeği doğrulamadan geri yüklemeyi (--unverified seçeneği) yalnızca nereden geldiğinden eminseniz seçin.</translation>
        </message>
        <message>
            <source>{program}, process {pid}</source>
            <translation>{program}, işlem {pid}</translation>
        </message>
        <message>
            <source>{program}, process {pid} on {host}</source>
            <translation>{program}, {host} üzerinde işlem {pid}</translation>
        </message>
        <message>
            <source>{room} is out of service. Choose another room.</source>
            <translation>{room} hizmet dışı. Başka bir oda seçin.</translation>
        </message>
        <message>
            <source>{size} cm² is more than any single area ({largest} cm²); check the size.</source>
            <translation>{size} cm², tek bir bölge için olabilecek en büyük boyuttan ({largest} cm²) fazla; boyutu kontrol edin.</translation>
        </message>
        <message>
            <source>{who} is already booked {start}–{end} ({details}).</source>
            <translation>{who} {start}–{end} arasında zaten dolu ({details}).</translation>
        </message>
        <message>
            <source>“{name}” cannot be read. Check its permissions or copy it elsewhere.</source>
            <translation>“{name}” okunamıyor. İzinlerini kontrol edin ya da dosyayı başka bir yere kopyalayın.</translation>
        </message>
        <message>
            <source>“{name}” is already in the list.</source>
            <translation>“{name}” listede zaten var.</translation>
        </message>
        <message>
            <source>“{name}” is not a PNG or JPEG image. Save the logo as PNG or JPEG.</source>
            <translation>“{name}” bir PNG ya da JPEG görüntüsü değil. Logoyu PNG ya da JPEG olarak kaydedin.</translation>
        </message>
        <message>
            <source>“{path}” is a folder. Give a file name, for example {example}.</source>
            <translation>“{path}” bir klasör. Bir dosya adı verin, örneğin {example}.</translation>
        </message>
        <message>
            <source>“{phone}” is not a valid phone number. Write it as 0532 123 45 67, or with the country code (+44 …).</source>
            <translation>“{phone}” geçerli bir telefon numarası değil. 0532 123 45 67 biçiminde ya da ülke koduyla (+44 …) yazın.</translation>
        </message>
        <message>
            <source>“{placeholder}” is not a placeholder this sheet knows.</source>
            <translation>“{placeholder}” bu sayfanın tanıdığı bir yer tutucu değil.</translation>
        </message>
        <message>
            <source>“{start}…” is too long: keep each product and how to use it under {limit} characters.</source>
            <translation>“{start}…” çok uzun: her ürünü ve kullanımını {limit} karakterin altında tutun.</translation>
        </message>
        <message>
            <source>“{text}” is not a number; enter {label}.</source>
            <translation>“{text}” bir sayı değil; {label} girin.</translation>
        </message>
        <message>
            <source>“{zone}” is not a time zone PeelDesk knows. Choose one from the list, such as Europe/Istanbul.</source>
            <translation>“{zone}”, PeelDesk'in tanıdığı bir saat dilimi değil. Listeden birini seçin, örneğin Europe/Istanbul.</translation>
        </message>
    </context>
    <context>
        <name>Printed</name>
        <message>
            <source>(draft)</source>
            <translation>(taslak)</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 seans</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Kabul edildi</translation>
        </message>
        <message>
            <source>Access and change log ({n})</source>
            <translation>Erişim ve değişiklik kaydı ({n})</translation>
        </message>
        <message>
            <source>Acne scars</source>
            <translation>Akne izleri</translation>
        </message>
        <message>
            <source>Actinic keratoses</source>
            <translation>Aktinik keratozlar</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Sonra</translation>
        </message>
        <message>
            <source>Aftercare products</source>
            <translation>Bakım ürünleri</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Tutar</translation>
        </message>
        <message>
            <source>Amount given back</source>
            <translation>İade edilen tutar</translation>
        </message>
        <message>
            <source>Amount received</source>
            <translation>Alınan tutar</translation>
        </message>
        <message>
            <source>Anaesthesia</source>
            <translation>Anestezi</translation>
        </message>
        <message>
            <source>Anaesthesia: {text}</source>
            <translation>Anestezi: {text}</translation>
        </message>
        <message>
            <source>Anticoagulants</source>
            <translation>Kan sulandırıcı</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>Randevu</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Arşivde</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Bölge</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>Bölgeler</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Geldi</translation>
        </message>
        <message>
            <source>Balance owed: {amount} (a negative amount is owed to the patient).</source>
            <translation>Kalan borç: {amount} (eksi bir tutar, kliniğin hastaya borcudur).</translation>
        </message>
        <message>
            <source>Balance still to pay</source>
            <translation>Kalan borç</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Kademe</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>Havale/EFT</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Önce</translation>
        </message>
        <message>
            <source>Before and after: {area}</source>
            <translation>Önce ve sonra: {area}</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Doğum tarihi</translation>
        </message>
        <message>
            <source>Blistering</source>
            <translation>Kabarcıklanma</translation>
        </message>
        <message>
            <source>CANCELLED</source>
            <translation>İPTAL EDİLDİ</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>İptal edildi</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Kart</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Nakit</translation>
        </message>
        <message>
            <source>Cash-up</source>
            <translation>Gün sonu kasa raporu</translation>
        </message>
        <message>
            <source>Charge</source>
            <translation>Borç kaydı</translation>
        </message>
        <message>
            <source>Chemical peel</source>
            <translation>Kimyasal peeling</translation>
        </message>
        <message>
            <source>Cleansing of the area and eye protection during the treatment; local anaesthesia when a deeper peel needs it.</source>
            <translation>Uygulama öncesi bölgenin temizlenmesi ve göz koruması; derin çalışılacaksa lokal anestezi.</translation>
        </message>
        <message>
            <source>Closed course</source>
            <translation>Kapatılmış kür</translation>
        </message>
        <message>
            <source>Combined procedures</source>
            <translation>Birlikte yapılan işlemler</translation>
        </message>
        <message>
            <source>Combined with: {text}</source>
            <translation>Birlikte uygulanan: {text}</translation>
        </message>
        <message>
            <source>Consent no. {id}</source>
            <translation>Onam no. {id}</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>Düzeltme</translation>
        </message>
        <message>
            <source>Course from quote {quote} · {areas} · sessions done {done} of {total} · {price} · {status}</source>
            <translation>{quote} numaralı tekliften kür · {areas} · yapılan seans {done}/{total} · {price} · {status}</translation>
        </message>
        <message>
            <source>Courses and payments ({n})</source>
            <translation>Kürler ve ödemeler ({n})</translation>
        </message>
        <message>
            <source>Current tan</source>
            <translation>Güncel bronzluk</translation>
        </message>
        <message>
            <source>DRAFT — not an offer</source>
            <translation>TASLAK — teklif değildir</translation>
        </message>
        <message>
            <source>DRAFT — not issued</source>
            <translation>TASLAK — düzenlenmedi</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarih</translation>
        </message>
        <message>
            <source>Day 3–4 check</source>
            <translation>3–4. gün kontrolü</translation>
        </message>
        <message>
            <source>Day sheet</source>
            <translation>Günlük plan</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Reddedildi</translation>
        </message>
        <message>
            <source>Deposit</source>
            <translation>Kapora</translation>
        </message>
        <message>
            <source>Depth</source>
            <translation>Derinlik</translation>
        </message>
        <message>
            <source>Depth µm</source>
            <translation>Derinlik µm</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Ayrıntı</translation>
        </message>
        <message>
            <source>Device / mode</source>
            <translation>Cihaz / mod</translation>
        </message>
        <message>
            <source>Did not come</source>
            <translation>Gelmedi</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>İndirim</translation>
        </message>
        <message>
            <source>Discounts</source>
            <translation>İndirimler</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Yapıldı</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Taslak</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-posta</translation>
        </message>
        <message>
            <source>Each session of micro laser peeling on the listed areas, at the depth the physician sets for your skin (usually 15–60 minutes, depending on the area).</source>
            <translation>Listelenen bölgelere, hekimin cildinize uygun gördüğü derinlikte uygulanan her mikro lazer peeling seansı (bölgeye göre genellikle 15–60 dakika).</translation>
        </message>
        <message>
            <source>Enlarged pores</source>
            <translation>Geniş gözenekler</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Hareket</translation>
        </message>
        <message>
            <source>Entries of the day</source>
            <translation>Günün hareketleri</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Süresi doldu</translation>
        </message>
        <message>
            <source>Exported {when} · patient no. {id}</source>
            <translation>Dışa aktarma {when} · hasta no. {id}</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Soyadı</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Kadın</translation>
        </message>
        <message>
            <source>Fitzpatrick skin type {type}</source>
            <translation>Fitzpatrick cilt tipi {type}</translation>
        </message>
        <message>
            <source>Fluence / spot</source>
            <translation>Enerji / spot</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Kontrol</translation>
        </message>
        <message>
            <source>Follow-up date</source>
            <translation>Kontrol tarihi</translation>
        </message>
        <message>
            <source>Follow-up planned: {date}</source>
            <translation>Planlanan kontrol: {date}</translation>
        </message>
        <message>
            <source>Follow-up {when} ({kind}): reaction {reaction}; healing {healing}; adverse events {adverse}; notes {notes}</source>
            <translation>Kontrol {when} ({kind}): reaksiyon {reaction}; iyileşme {healing}; istenmeyen etkiler {adverse}; notlar {notes}</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Açıklama</translation>
        </message>
        <message>
            <source>Form version</source>
            <translation>Form sürümü</translation>
        </message>
        <message>
            <source>Fractional laser</source>
            <translation>Fraksiyonel lazer</translation>
        </message>
        <message>
            <source>Front</source>
            <translation>Önden</translation>
        </message>
        <message>
            <source>Given back</source>
            <translation>İade edilen</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Adı</translation>
        </message>
        <message>
            <source>Herpes flare</source>
            <translation>Uçuk alevlenmesi</translation>
        </message>
        <message>
            <source>Herpes history</source>
            <translation>Uçuk (herpes) öyküsü</translation>
        </message>
        <message>
            <source>Identity removed</source>
            <translation>Kimlik bilgileri silindi</translation>
        </message>
        <message>
            <source>Immediate reaction</source>
            <translation>Hemen görülen reaksiyon</translation>
        </message>
        <message>
            <source>In the patient's favour</source>
            <translation>Hastanın alacağı</translation>
        </message>
        <message>
            <source>In treatment</source>
            <translation>Tedavide</translation>
        </message>
        <message>
            <source>Indications</source>
            <translation>Endikasyonlar</translation>
        </message>
        <message>
            <source>Indications: {text}</source>
            <translation>Endikasyon: {text}</translation>
        </message>
        <message>
            <source>Infection</source>
            <translation>Enfeksiyon</translation>
        </message>
        <message>
            <source>Isotretinoin</source>
            <translation>İzotretinoin</translation>
        </message>
        <message>
            <source>Isotretinoin last dose</source>
            <translation>İzotretinoin son dozu</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Verildi</translation>
        </message>
        <message>
            <source>Keloid history</source>
            <translation>Keloid öyküsü</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tür</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Dil</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Son değişiklik</translation>
        </message>
        <message>
            <source>Last date</source>
            <translation>Son tarih</translation>
        </message>
        <message>
            <source>Last depth</source>
            <translation>Son derinlik</translation>
        </message>
        <message>
            <source>Left 45°</source>
            <translation>Sol 45°</translation>
        </message>
        <message>
            <source>Left side</source>
            <translation>Sol yan</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Kalem</translation>
        </message>
        <message>
            <source>Local injection</source>
            <translation>Lokal enjeksiyon</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Erkek</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Ödeme şekli</translation>
        </message>
        <message>
            <source>Microneedling</source>
            <translation>Mikroiğneleme</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Net</translation>
        </message>
        <message>
            <source>No consents are signed.</source>
            <translation>İmzalanmış onam yok.</translation>
        </message>
        <message>
            <source>No payments are recorded.</source>
            <translation>Kayıtlı ödeme yok.</translation>
        </message>
        <message>
            <source>No payments on this day.</source>
            <translation>Bu gün hiç ödeme yok.</translation>
        </message>
        <message>
            <source>No quotes are recorded.</source>
            <translation>Kayıtlı teklif yok.</translation>
        </message>
        <message>
            <source>No sessions are recorded.</source>
            <translation>Kayıtlı seans yok.</translation>
        </message>
        <message>
            <source>No sessions booked.</source>
            <translation>Randevulu seans yok.</translation>
        </message>
        <message>
            <source>No sessions match.</source>
            <translation>Seçime uyan seans yok.</translation>
        </message>
        <message>
            <source>No treatment recorded as done yet.</source>
            <translation>Henüz yapıldı olarak kaydedilmiş bir tedavi yok.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Yok</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notlar</translation>
        </message>
        <message>
            <source>Notes: {text}</source>
            <translation>Notlar: {text}</translation>
        </message>
        <message>
            <source>One-week review</source>
            <translation>Birinci hafta kontrolü</translation>
        </message>
        <message>
            <source>Open course</source>
            <translation>Devam eden kür</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Diğer</translation>
        </message>
        <message>
            <source>Other angle</source>
            <translation>Başka açı</translation>
        </message>
        <message>
            <source>Other follow-up</source>
            <translation>Diğer kontrol</translation>
        </message>
        <message>
            <source>PRP</source>
            <translation>PRP</translation>
        </message>
        <message>
            <source>Page {page} of {total}</source>
            <translation>Sayfa {page} / {total}</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>Ödeyen</translation>
        </message>
        <message>
            <source>Paid to</source>
            <translation>Ödenen kişi</translation>
        </message>
        <message>
            <source>Passes</source>
            <translation>Geçiş</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Patient copy (given with the patient's marketing consent)</source>
            <translation>Hasta nüshası (hastanın tanıtım onamıyla verilir)</translation>
        </message>
        <message>
            <source>Patient's signature</source>
            <translation>Hastanın imzası</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Ödeme</translation>
        </message>
        <message>
            <source>Per session</source>
            <translation>Seans fiyatı</translation>
        </message>
        <message>
            <source>Personal data held by the clinic</source>
            <translation>Kliniğin sakladığı kişisel veriler</translation>
        </message>
        <message>
            <source>Personal details</source>
            <translation>Kişisel bilgiler</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Photo consent on paper</source>
            <translation>Kâğıt üzerinde fotoğraf onamı</translation>
        </message>
        <message>
            <source>Photosensitising drugs</source>
            <translation>Işığa duyarlılık yapan ilaç</translation>
        </message>
        <message>
            <source>Physician / device</source>
            <translation>Hekim / cihaz</translation>
        </message>
        <message>
            <source>Physician's file copy (clinical record, confidential)</source>
            <translation>Hekim dosyası nüshası (klinik kayıt, gizli)</translation>
        </message>
        <message>
            <source>Physician: {name}</source>
            <translation>Hekim: {name}</translation>
        </message>
        <message>
            <source>Pigment change</source>
            <translation>Renk değişikliği</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planlandı</translation>
        </message>
        <message>
            <source>Pregnant or breastfeeding</source>
            <translation>Gebelik veya emzirme</translation>
        </message>
        <message>
            <source>Price quote</source>
            <translation>Fiyat teklifi</translation>
        </message>
        <message>
            <source>Price quotes ({n})</source>
            <translation>Fiyat teklifleri ({n})</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Yazdırılma</translation>
        </message>
        <message>
            <source>Printed {when}</source>
            <translation>Yazdırılma: {when}</translation>
        </message>
        <message>
            <source>Printed {when} · confidential</source>
            <translation>Yazdırılma {when} · gizlidir</translation>
        </message>
        <message>
            <source>Printed {when} · the day did not fit one page</source>
            <translation>Yazdırılma: {when} · gün tek sayfaya sığmadı</translation>
        </message>
        <message>
            <source>Prolonged redness</source>
            <translation>Uzun süren kızarıklık</translation>
        </message>
        <message>
            <source>Proof: {hash}</source>
            <translation>Kanıt: {hash}</translation>
        </message>
        <message>
            <source>Quote number</source>
            <translation>Teklif no</translation>
        </message>
        <message>
            <source>Quote {number} · {status} · issued {issued} · total {total} {currency}</source>
            <translation>Teklif {number} · {status} · düzenleme {issued} · toplam {total} {currency}</translation>
        </message>
        <message>
            <source>Reaction</source>
            <translation>Reaksiyon</translation>
        </message>
        <message>
            <source>Reason for the manual discount</source>
            <translation>Ek indirimin nedeni</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Makbuz</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>Makbuz numarası</translation>
        </message>
        <message>
            <source>Receipt {number} was cancelled {when}.</source>
            <translation>{number} numaralı makbuz {when} tarihinde iptal edildi.</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>Teslim alan</translation>
        </message>
        <message>
            <source>Received from</source>
            <translation>Ödeme yapan</translation>
        </message>
        <message>
            <source>Record created</source>
            <translation>Kayıt oluşturuldu</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>İade</translation>
        </message>
        <message>
            <source>Right 45°</source>
            <translation>Sağ 45°</translation>
        </message>
        <message>
            <source>Right side</source>
            <translation>Sağ yan</translation>
        </message>
        <message>
            <source>Room / device</source>
            <translation>Oda / cihaz</translation>
        </message>
        <message>
            <source>Room: {name}</source>
            <translation>Oda: {name}</translation>
        </message>
        <message>
            <source>Rounding</source>
            <translation>Yuvarlama</translation>
        </message>
        <message>
            <source>Scarring</source>
            <translation>İz kalması</translation>
        </message>
        <message>
            <source>Screening date</source>
            <translation>Sorgulama tarihi</translation>
        </message>
        <message>
            <source>Session of {day}</source>
            <translation>{day} seansı</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Seans</translation>
        </message>
        <message>
            <source>Sessions, newest first</source>
            <translation>Seanslar (en yeniden eskiye)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Cinsiyet</translation>
        </message>
        <message>
            <source>Signed consent</source>
            <translation>İmzalı onam</translation>
        </message>
        <message>
            <source>Signed consents ({n})</source>
            <translation>İmzalı onamlar ({n})</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>İmza tarihi</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Alan</translation>
        </message>
        <message>
            <source>Skin texture</source>
            <translation>Cilt dokusu</translation>
        </message>
        <message>
            <source>Skin type (Fitzpatrick)</source>
            <translation>Cilt tipi (Fitzpatrick)</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Personel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Durum</translation>
        </message>
        <message>
            <source>Subtotal</source>
            <translation>Ara toplam</translation>
        </message>
        <message>
            <source>Summary by area</source>
            <translation>Bölgelere göre özet</translation>
        </message>
        <message>
            <source>Sun spots</source>
            <translation>Güneş lekeleri</translation>
        </message>
        <message>
            <source>Surgical scars</source>
            <translation>Ameliyat izleri</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Alınan</translation>
        </message>
        <message>
            <source>Taken {day}</source>
            <translation>Çekim: {day}</translation>
        </message>
        <message>
            <source>Technical fields (record numbers, workstation names) are in the JSON file.</source>
            <translation>Teknik alanlar (kayıt numaraları, bilgisayar adları) JSON dosyasındadır.</translation>
        </message>
        <message>
            <source>The signature image was removed when the patient's identity was removed; the proof below still identifies it.</source>
            <translation>İmzanın görüntüsü, hastanın kimlik bilgileri silinirken kaldırıldı; aşağıdaki kanıt imzayı hâlâ tanımlar.</translation>
        </message>
        <message>
            <source>This quote is valid until {date}. Prices are per treated area and depend on its size; the physician confirms the areas and the number of sessions at the first visit.</source>
            <translation>Bu teklif {date} tarihine kadar geçerlidir. Fiyatlar tedavi edilen bölgenin büyüklüğüne göre belirlenir; bölgeler ve seans sayısı ilk muayenede hekim tarafından netleştirilir.</translation>
        </message>
        <message>
            <source>This receipt confirms a payment at the clinic's desk. It is not an invoice for the tax office.</source>
            <translation>Bu makbuz, klinik resepsiyonunda yapılan bir ödemeyi belgeler. Vergi dairesi için fatura yerine geçmez.</translation>
        </message>
        <message>
            <source>This report lists everything the clinic's PeelDesk system holds about {name} (patient no. {id}): personal details, treatment sessions with the treated areas and follow-up notes, price quotes, courses and payments, and the log of who looked at or changed the record. The same data is in the JSON file exported with it.</source>
            <translation>Bu rapor, kliniğin PeelDesk sisteminde {name} (hasta no. {id}) hakkında tutulan her şeyi listeler: kişisel bilgiler, uygulanan bölgeleri ve kontrol notlarıyla tedavi seansları, fiyat teklifleri, kürler ve ödemeler ve kaydı kimin görüntülediği ya da değiştirdiği. Aynı veriler, birlikte verilen JSON dosyasında da bulunur.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Saat</translation>
        </message>
        <message>
            <source>Topical cream</source>
            <translation>Krem (topikal)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Toplam</translation>
        </message>
        <message>
            <source>Total to pay</source>
            <translation>Ödenecek toplam</translation>
        </message>
        <message>
            <source>Total: {sessions}, {booked} booked; free: {free}</source>
            <translation>Toplam: {sessions}, dolu: {booked}; boş: {free}</translation>
        </message>
        <message>
            <source>Treatment consent on paper</source>
            <translation>Kâğıt üzerinde tedavi onamı</translation>
        </message>
        <message>
            <source>Treatment date</source>
            <translation>Tedavi tarihi</translation>
        </message>
        <message>
            <source>Treatment history</source>
            <translation>Tedavi geçmişi</translation>
        </message>
        <message>
            <source>Treatment sessions ({n})</source>
            <translation>Tedavi seansları ({n})</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Birim fiyat</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>KDV</translation>
        </message>
        <message>
            <source>VAT added ({rate} %)</source>
            <translation>Eklenen KDV (%{rate})</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Geçerlilik tarihi</translation>
        </message>
        <message>
            <source>Verification: consent no. {id}; SHA-256 of the text shown: {text}; proof of this signature: {proof}. The clinic can check both against its tamper-evident records.</source>
            <translation>Doğrulama: onam no. {id}; gösterilen metnin SHA-256 özeti: {text}; bu imzanın kanıtı: {proof}. Klinik ikisini de değiştirilemez kayıtlarıyla karşılaştırabilir.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Ne</translation>
        </message>
        <message>
            <source>What the price includes</source>
            <translation>Fiyata neler dahildir</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Ne zaman</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kim</translation>
        </message>
        <message>
            <source>Withdrawn on {date}.</source>
            <translation>{date} tarihinde geri alındı.</translation>
        </message>
        <message>
            <source>Withdrawn {when}: {reason}</source>
            <translation>Geri alındı ({when}): {reason}</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>Tanık</translation>
        </message>
        <message>
            <source>Wrinkles</source>
            <translation>Kırışıklıklar</translation>
        </message>
        <message>
            <source>Your aftercare instructions. Recommended creams and medicines are not included.</source>
            <translation>Tedavi sonrası bakım talimatlarınız. Önerilen krem ve ilaçlar fiyata dahil değildir.</translation>
        </message>
        <message>
            <source>abcdefghijklmnopqrstuvwxyz</source>
            <translation>abcçdefgğhıijklmnoöpqrsştuüvwxyz</translation>
        </message>
        <message>
            <source>adverse events: {text}</source>
            <translation>istenmeyen etkiler: {text}</translation>
        </message>
        <message>
            <source>area: {name}</source>
            <translation>bölge: {name}</translation>
        </message>
        <message>
            <source>born {date}</source>
            <translation>doğum tarihi {date}</translation>
        </message>
        <message>
            <source>continued</source>
            <translation>devam</translation>
        </message>
        <message>
            <source>dates {low} – {high}</source>
            <translation>tarih aralığı {low} – {high}</translation>
        </message>
        <message>
            <source>depth not recorded</source>
            <translation>derinlik kaydedilmemiş</translation>
        </message>
        <message>
            <source>depth {depth} µm</source>
            <translation>derinlik {depth} µm</translation>
        </message>
        <message>
            <source>free ({span})</source>
            <translation>boş ({span})</translation>
        </message>
        <message>
            <source>healing: {text}</source>
            <translation>iyileşme: {text}</translation>
        </message>
        <message>
            <source>no</source>
            <translation>hayır</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>yok</translation>
        </message>
        <message>
            <source>of which VAT ({rate} %)</source>
            <translation>içindeki KDV (%{rate})</translation>
        </message>
        <message>
            <source>physician not recorded</source>
            <translation>hekim kaydedilmemiş</translation>
        </message>
        <message>
            <source>reaction: {text}</source>
            <translation>reaksiyon: {text}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>evet</translation>
        </message>
        <message>
            <source>{count} sessions</source>
            <translation>{count} seans</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} sa</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} sa {minutes} dk</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} dk</translation>
        </message>
        <message>
            <source>{name}, born {date}</source>
            <translation>{name}, doğum tarihi {date}</translation>
        </message>
        <message>
            <source>{shown} of {total} sessions shown</source>
            <translation>gösterilen: {shown} / {total} seans</translation>
        </message>
        <message>
            <source>{title} · version {version} · signed {when} · witness {witness} · {status}</source>
            <translation>{title} · sürüm {version} · imza {when} · tanık {witness} · {status}</translation>
        </message>
        <message>
            <source>{total} sessions</source>
            <translation>{total} seans</translation>
        </message>
    </context>
</TS>

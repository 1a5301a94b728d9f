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
            <source>A last isotretinoin dose is given, but isotretinoin is not ticked.</source>
            <translation>Son izotretinoin dozu girilmiş, ancak izotretinoin işaretli değil.</translation>
        </message>
        <message>
            <source>A session can be cancelled, a no-show, or planned.</source>
            <translation>Bir seans yalnızca iptal edildi, gelmedi ya da planlandı durumuna alınabilir.</translation>
        </message>
        <message>
            <source>A session lasts between {low} and {high} minutes.</source>
            <translation>Bir seans {low} ile {high} dakika arasında sürer.</translation>
        </message>
        <message>
            <source>A session that has not started yet cannot be recorded as done. Record it on the day of treatment.</source>
            <translation>Henüz başlamamış bir seans yapıldı olarak kaydedilemez. Seansı tedavi günü kaydedin.</translation>
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
            <source>Choose a role: reception, physician or administrator.</source>
            <translation>Bir rol seçin: resepsiyon, hekim ya da yönetici.</translation>
        </message>
        <message>
            <source>Choose an active physician from the list.</source>
            <translation>Listeden etkin bir hekim seçin.</translation>
        </message>
        <message>
            <source>Choose female, male or other.</source>
            <translation>Kadın, erkek ya da diğer seçeneklerinden birini seçin.</translation>
        </message>
        <message>
            <source>Choose the physician for this session.</source>
            <translation>Bu seansın hekimini seçin.</translation>
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
            <source>Enter a healing interval between 1 and 365 days.</source>
            <translation>İyileşme aralığını 1 ile 365 gün arasında girin.</translation>
        </message>
        <message>
            <source>Enter a number of days between 1 and 3650.</source>
            <translation>1 ile 3650 arasında bir gün sayısı girin.</translation>
        </message>
        <message>
            <source>Enter a shallowest depth between 1 and 2000 µm.</source>
            <translation>En yüzeysel derinliği 1 ile 2000 µm arasında girin.</translation>
        </message>
        <message>
            <source>Enter a two-letter country code such as TR, DE or GB: phone numbers typed without a country code are read as numbers of that country.</source>
            <translation>TR, DE ya da GB gibi iki harfli bir ülke kodu girin: ülke kodu olmadan yazılan telefon numaraları bu ülkenin numarası olarak okunur.</translation>
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
            <source>Full name is required.</source>
            <translation>Adı soyadı gerekli.</translation>
        </message>
        <message>
            <source>Full name is too long or contains characters that cannot be printed.</source>
            <translation>Adı soyadı çok uzun ya da yazdırılamayan karakterler içeriyor.</translation>
        </message>
        <message>
            <source>Give the area a name in both languages.</source>
            <translation>Bölgeye her iki dilde de bir ad verin.</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Adı</translation>
        </message>
        <message>
            <source>Keep the address under 400 characters.</source>
            <translation>Adres 400 karakteri geçmesin.</translation>
        </message>
        <message>
            <source>Keep the clinic name under 120 characters.</source>
            <translation>Klinik adı 120 karakteri geçmesin.</translation>
        </message>
        <message>
            <source>Keep the name under 100 characters.</source>
            <translation>Ad 100 karakteri geçmesin.</translation>
        </message>
        <message>
            <source>Keep the phone number under 40 characters.</source>
            <translation>Telefon numarası 40 karakteri geçmesin.</translation>
        </message>
        <message>
            <source>Last isotretinoin dose</source>
            <translation>Son izotretinoin dozu</translation>
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
            <source>No file was found at “{path}”. Choose the logo file again.</source>
            <translation>“{path}” konumunda dosya bulunamadı. Logo dosyasını yeniden seçin.</translation>
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
            <source>Only a planned session can be changed; this one is {state}.</source>
            <translation>Yalnızca planlanmış bir seans değiştirilebilir; bu seansın durumu: {state}.</translation>
        </message>
        <message>
            <source>Only physicians may write clinical notes.</source>
            <translation>Klinik notları yalnızca hekimler yazabilir.</translation>
        </message>
        <message>
            <source>Passes must be between {low} and {high}.</source>
            <translation>Geçiş sayısı {low} ile {high} arasında olmalı.</translation>
        </message>
        <message>
            <source>PeelDesk already has an account that can log in. Log in with it instead.</source>
            <translation>PeelDesk’te giriş yapabilen bir hesap zaten var. Lütfen o hesapla giriş yapın.</translation>
        </message>
        <message>
            <source>PeelDesk needs at least one active administrator who can log in. Make another account an administrator first.</source>
            <translation>PeelDesk’te giriş yapabilen en az bir etkin yönetici bulunmalı. Önce başka bir hesabı yönetici yapın.</translation>
        </message>
        <message>
            <source>Photo consent date</source>
            <translation>Fotoğraf onamı tarihi</translation>
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
            <source>Pick which follow-up this is (day 3–4, one week, other).</source>
            <translation>Bunun hangi kontrol olduğunu seçin (3.–4. gün, bir hafta, diğer).</translation>
        </message>
        <message>
            <source>Please confirm before booking: {warnings}</source>
            <translation>Randevu vermeden önce lütfen onaylayın: {warnings}</translation>
        </message>
        <message>
            <source>Reaction</source>
            <translation>Reaksiyon</translation>
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
            <source>Set the depth (µm) used on this area.</source>
            <translation>Bu bölgede kullanılan derinliği (µm) girin.</translation>
        </message>
        <message>
            <source>Setting “{key}” must be a {kind}.</source>
            <translation>“{key}” ayarı {kind} türünde olmalı.</translation>
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
            <source>Spot size</source>
            <translation>Spot boyutu</translation>
        </message>
        <message>
            <source>The contraindication screening is from {date}, older than {days} days. Ask the questions again.</source>
            <translation>Kontrendikasyon sorgusu {date} tarihli, {days} günden eski. Soruları yeniden sorun.</translation>
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
            <source>The end of the date range is before its start.</source>
            <translation>Tarih aralığının sonu, başlangıcından önce.</translation>
        </message>
        <message>
            <source>The end time must be after the start time.</source>
            <translation>Bitiş saati başlangıç saatinden sonra olmalı.</translation>
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
            <source>The logo file is larger than 5 MB. Save a smaller version of it.</source>
            <translation>Logo dosyası 5 MB'tan büyük. Daha küçük bir sürümünü kaydedin.</translation>
        </message>
        <message>
            <source>The note</source>
            <translation>Not</translation>
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
            <source>The reaction</source>
            <translation>Reaksiyon</translation>
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
            <source>The size must be more than 0 cm².</source>
            <translation>Boyut 0 cm²’den büyük olmalı.</translation>
        </message>
        <message>
            <source>The two passwords are not the same. Type them again.</source>
            <translation>İki parola aynı değil. Lütfen yeniden yazın.</translation>
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
            <source>The user name or password is wrong. Check them and try again.</source>
            <translation>Kullanıcı adı ya da parola yanlış. Kontrol edip yeniden deneyin.</translation>
        </message>
        <message>
            <source>The user name “{username}” is already taken; choose another.</source>
            <translation>“{username}” kullanıcı adı zaten kullanılıyor; başka bir ad seçin.</translation>
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
            <source>This area is no longer in the catalog. Reopen the catalog.</source>
            <translation>Bu bölge artık katalogda yok. Kataloğu yeniden açın.</translation>
        </message>
        <message>
            <source>This area is not in the clinic's catalog (or no longer active). Pick an area from the list.</source>
            <translation>Bu bölge kliniğin kataloğunda yok (ya da artık kullanılmıyor). Listeden bir bölge seçin.</translation>
        </message>
        <message>
            <source>This patient has no contraindication screening on file. Ask the screening questions and record them on the patient form.</source>
            <translation>Bu hastanın kayıtlı kontrendikasyon sorgusu yok. Sorgu sorularını sorun ve yanıtları hasta formuna kaydedin.</translation>
        </message>
        <message>
            <source>This patient is archived. Bring them back before booking.</source>
            <translation>Bu hasta arşivde. Randevu vermeden önce hastayı arşivden geri alın.</translation>
        </message>
        <message>
            <source>This patient no longer exists. Search again.</source>
            <translation>Bu hasta artık kayıtlı değil. Yeniden arayın.</translation>
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
            <source>This staff account no longer exists. Reload the list.</source>
            <translation>Bu personel hesabı artık kayıtlı değil. Listeyi yenileyin.</translation>
        </message>
        <message>
            <source>This time has already passed. Book a planned session for a later time.</source>
            <translation>Bu saat geçmiş. Seansı daha ileri bir saate planlayın.</translation>
        </message>
        <message>
            <source>This {noun} was changed after you opened it. Your changes were not saved: {remedy} and make them again.</source>
            <translation>Bu {noun} kaydı siz açtıktan sonra değiştirildi. Değişiklikleriniz kaydedilmedi: {remedy} ve değişikliklerinizi tekrar yapın.</translation>
        </message>
        <message>
            <source>This {noun} was changed at {when} after you opened it. Your changes were not saved: {remedy} and make them again.</source>
            <translation>Bu {noun} kaydı siz açtıktan sonra, {when} tarihinde değiştirildi. Değişiklikleriniz kaydedilmedi: {remedy} ve değişikliklerinizi tekrar yapın.</translation>
        </message>
        <message>
            <source>This {noun} was changed by {who} at {when} after you opened it. Your changes were not saved: {remedy} and make them again.</source>
            <translation>Bu {noun} kaydı siz açtıktan sonra, {when} tarihinde {who} tarafından değiştirildi. Değişiklikleriniz kaydedilmedi: {remedy} ve değişikliklerinizi tekrar yapın.</translation>
        </message>
        <message>
            <source>Treatment consent date</source>
            <translation>Tedavi onamı tarihi</translation>
        </message>
        <message>
            <source>Type at least {count} digits to search by phone.</source>
            <translation>Telefonla aramak için en az {count} rakam yazın.</translation>
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
            <source>User name is required.</source>
            <translation>Kullanıcı adı gerekli.</translation>
        </message>
        <message>
            <source>User name: 2 to 64 characters, English letters, digits, dot, dash or underscore (for example ayse.kaya).</source>
            <translation>Kullanıcı adı: 2 ile 64 karakter arası; İngilizce harfler, rakamlar, nokta, tire ya da alt çizgi (örneğin ayse.kaya).</translation>
        </message>
        <message>
            <source>Write what you saw or pick an adverse event.</source>
            <translation>Gözleminizi yazın ya da bir istenmeyen etki seçin.</translation>
        </message>
        <message>
            <source>You cannot deactivate your own account while logged in with it.</source>
            <translation>Kendi hesabınızla giriş yapmışken o hesabı devre dışı bırakamazsınız.</translation>
        </message>
        <message>
            <source>adverse event</source>
            <translation>istenmeyen etki</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>iptal edildi</translation>
        </message>
        <message>
            <source>done</source>
            <translation>yapıldı</translation>
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
            <source>no-show</source>
            <translation>gelmedi</translation>
        </message>
        <message>
            <source>patient</source>
            <translation>hasta</translation>
        </message>
        <message>
            <source>procedure</source>
            <translation>işlem</translation>
        </message>
        <message>
            <source>reload the patient</source>
            <translation>hastayı yeniden açın</translation>
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
            <source>{size} cm² is more than any single area ({largest} cm²); check the size.</source>
            <translation>{size} cm², tek bir bölge için olabilecek en büyük boyuttan ({largest} cm²) fazla; boyutu kontrol edin.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read. Check its permissions or copy it elsewhere.</source>
            <translation>“{name}” okunamıyor. İzinlerini kontrol edin ya da dosyayı başka bir yere kopyalayın.</translation>
        </message>
        <message>
            <source>“{name}” is not a PNG or JPEG image. Save the logo as PNG or JPEG.</source>
            <translation>“{name}” bir PNG ya da JPEG görüntüsü değil. Logoyu PNG ya da JPEG olarak kaydedin.</translation>
        </message>
        <message>
            <source>“{phone}” is not a valid phone number. Write it as 0532 123 45 67, or with the country code (+44 …).</source>
            <translation>“{phone}” geçerli bir telefon numarası değil. 0532 123 45 67 biçiminde ya da ülke koduyla (+44 …) yazın.</translation>
        </message>
    </context>
</TS>

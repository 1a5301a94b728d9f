<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
    <context>
        <name>Messages</name>
        <message>
            <source>A discount amount must be more than zero.</source>
            <translation>İndirim tutarı sıfırdan büyük olmalıdır.</translation>
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
            <source>Aftercare sheet</source>
            <translation>İşlem sonrası bakım sayfası</translation>
        </message>
        <message>
            <source>Areas above {size} cm² have no band: leave the last band's upper size empty (no limit).</source>
            <translation>{size} cm² üzerindeki bölgeler hiçbir aralığa girmiyor: son aralığın üst sınırını boş bırakın (sınırsız).</translation>
        </message>
        <message>
            <source>Band prices cannot be negative.</source>
            <translation>Aralık fiyatları negatif olamaz.</translation>
        </message>
        <message>
            <source>Choose Turkish, English or the computer's language.</source>
            <translation>Türkçe, İngilizce ya da bilgisayarın dilini seçin.</translation>
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
            <source>Define at least one depth tier, e.g. [superficial].</source>
            <translation>En az bir derinlik kademesi tanımlayın, ör. [superficial].</translation>
        </message>
        <message>
            <source>Depth tiers and recovery days</source>
            <translation>Derinlik kademeleri ve iyileşme günleri</translation>
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
            <source>Enter {label} as a plain number.</source>
            <translation>{label} düz bir sayı olarak girin.</translation>
        </message>
        <message>
            <source>Enter {label}.</source>
            <translation>{label} girin.</translation>
        </message>
        <message>
            <source>Give the manual discount as a percent or an amount, not both.</source>
            <translation>Elle indirimi yüzde ya da tutar olarak verin, ikisini birden değil.</translation>
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
            <source>Keep the address under 400 characters.</source>
            <translation>Adres 400 karakteri geçmesin.</translation>
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
            <source>Keep the phone number under 40 characters.</source>
            <translation>Telefon numarası 40 karakteri geçmesin.</translation>
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
            <source>No file was found at “{path}”. Choose the logo file again.</source>
            <translation>“{path}” konumunda dosya bulunamadı. Logo dosyasını yeniden seçin.</translation>
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
            <source>Nothing was saved.</source>
            <translation>Hiçbir şey kaydedilmedi.</translation>
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
            <source>Pre-treatment sheet</source>
            <translation>İşlem öncesi bilgi sayfası</translation>
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
            <source>Rule {index} ({name}): the area code(s) {codes} are not in the catalog; check the spelling.</source>
            <translation>Kural {index} ({name}): şu bölge kodları katalogda yok: {codes}. Yazımı kontrol edin.</translation>
        </message>
        <message>
            <source>Rule {index} ({name}): {problem}</source>
            <translation>Kural {index} ({name}): {problem}</translation>
        </message>
        <message>
            <source>Say why the manual discount is given.</source>
            <translation>Elle indirimin neden yapıldığını yazın.</translation>
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
            <source>Sizes between {lower} and {upper} cm² have no band: make each band start where the previous one ends.</source>
            <translation>{lower} ile {upper} cm² arasındaki boyutlar hiçbir aralığa girmiyor: her aralığı bir öncekinin bittiği yerden başlatın.</translation>
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
            <source>The band {band} is empty: its upper size must be above its lower size.</source>
            <translation>{band} aralığı boş: üst sınırı alt sınırından büyük olmalıdır.</translation>
        </message>
        <message>
            <source>The bands {first} and {second} overlap.</source>
            <translation>{first} ve {second} aralıkları çakışıyor.</translation>
        </message>
        <message>
            <source>The deepest depth must be greater than the shallowest.</source>
            <translation>En derin derinlik, en yüzeysel derinlikten büyük olmalı.</translation>
        </message>
        <message>
            <source>The discount amount is more than the quote costs after its other discounts ({available}); enter a smaller amount.</source>
            <translation>İndirim tutarı, teklifin diğer indirimlerden sonraki tutarından ({available}) fazla; daha küçük bir tutar girin.</translation>
        </message>
        <message>
            <source>The first band must start at 0 cm², not {size} cm².</source>
            <translation>İlk aralık {size} cm² ile değil, 0 cm² ile başlamalıdır.</translation>
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
            <source>The number of sessions must be between 1 and {limit}.</source>
            <translation>Seans sayısı 1 ile {limit} arasında olmalıdır.</translation>
        </message>
        <message>
            <source>The placeholder {placeholder} in section [{section}] is unknown. You can use: {allowed}.</source>
            <translation>[{section}] bölümündeki {placeholder} yer tutucusu tanınmıyor. Kullanabilecekleriniz: {allowed}.</translation>
        </message>
        <message>
            <source>The rounding step must be between 0.01 and 1000 (e.g. 1 or 10).</source>
            <translation>Yuvarlama adımı 0,01 ile 1000 arasında olmalıdır (ör. 1 ya da 10).</translation>
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
            <source>There is no handout template called “{key}”.</source>
            <translation>“{key}” adında bir broşür şablonu yok.</translation>
        </message>
        <message>
            <source>There is no handout template “{key}” in the language “{language}”.</source>
            <translation>“{language}” dilinde “{key}” broşür şablonu yok.</translation>
        </message>
        <message>
            <source>There is no quote numbered “{number}”. Check the number.</source>
            <translation>“{number}” numaralı bir teklif yok. Numarayı kontrol edin.</translation>
        </message>
        <message>
            <source>There is no session number {number}. Check the number and try again.</source>
            <translation>{number} numaralı bir seans yok. Numarayı kontrol edip yeniden deneyin.</translation>
        </message>
        <message>
            <source>This patient no longer exists. Search again.</source>
            <translation>Bu hasta artık kayıtlı değil. Yeniden arayın.</translation>
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
            <source>Two depth tiers have the same max_um; give each its own limit.</source>
            <translation>İki derinlik kademesinin max_um değeri aynı; her birine kendi sınırını verin.</translation>
        </message>
        <message>
            <source>Version {version} is published and cannot be changed. Start a new version from it instead.</source>
            <translation>{version}. sürüm yayınlandı ve değiştirilemez. Bunun yerine ondan yeni bir sürüm başlatın.</translation>
        </message>
        <message>
            <source>a combination needs at least two different areas.</source>
            <translation>“birlikte yapılan bölgeler” kuralı en az iki farklı bölge gerektirir.</translation>
        </message>
        <message>
            <source>a package needs a minimum of 2 sessions or more.</source>
            <translation>seans paketi en az 2 seans gerektirir.</translation>
        </message>
        <message>
            <source>give the rule a name.</source>
            <translation>kurala bir ad verin.</translation>
        </message>
        <message>
            <source>no name</source>
            <translation>adsız</translation>
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
            <source>the kind must be combination or package.</source>
            <translation>tür “birlikte yapılan bölgeler” ya da “seans paketi” olmalıdır.</translation>
        </message>
        <message>
            <source>the size in cm²</source>
            <translation>cm² cinsinden boyutu</translation>
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
            <source>“{path}” is a folder. Give a file name, for example {example}.</source>
            <translation>“{path}” bir klasör. Bir dosya adı verin, örneğin {example}.</translation>
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
    </context>
</TS>

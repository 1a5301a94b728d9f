<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
    <context>
        <name>Messages</name>
        <message>
            <source>Choose Turkish, English or the computer's language.</source>
            <translation>Türkçe, İngilizce ya da bilgisayarın dilini seçin.</translation>
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
            <source>Enter how many hours between backups, from 1 to 168 (a week), or 0 for a backup only when PeelDesk starts.</source>
            <translation>Yedekler arasındaki saati 1 ile 168 (bir hafta) arasında girin; yalnızca PeelDesk açılırken yedek almak için 0 girin.</translation>
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
            <source>Keep the clinic name under 120 characters.</source>
            <translation>Klinik adı 120 karakteri geçmesin.</translation>
        </message>
        <message>
            <source>Keep the phone number under 40 characters.</source>
            <translation>Telefon numarası 40 karakteri geçmesin.</translation>
        </message>
        <message>
            <source>No file was found at “{path}”. Choose the logo file again.</source>
            <translation>“{path}” konumunda dosya bulunamadı. Logo dosyasını yeniden seçin.</translation>
        </message>
        <message>
            <source>The deepest depth must be greater than the shallowest.</source>
            <translation>En derin derinlik, en yüzeysel derinlikten büyük olmalı.</translation>
        </message>
        <message>
            <source>The logo file is larger than 5 MB. Save a smaller version of it.</source>
            <translation>Logo dosyası 5 MB'tan büyük. Daha küçük bir sürümünü kaydedin.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read. Check its permissions or copy it elsewhere.</source>
            <translation>“{name}” okunamıyor. İzinlerini kontrol edin ya da dosyayı başka bir yere kopyalayın.</translation>
        </message>
        <message>
            <source>“{name}” is not a PNG or JPEG image. Save the logo as PNG or JPEG.</source>
            <translation>“{name}” bir PNG ya da JPEG görüntüsü değil. Logoyu PNG ya da JPEG olarak kaydedin.</translation>
        </message>
    </context>
</TS>

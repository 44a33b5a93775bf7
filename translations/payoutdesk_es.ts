<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BookConnection</name>
    <message>
        <source> (The keychain could not be read: %1)</source>
        <translation> (No se pudo leer el llavero: %1)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>Un campo entre comillas no está cerrado.</translation>
    </message>
    <message>
        <source>A field is longer than %1 bytes.</source>
        <translation>Un campo supera los %1 bytes.</translation>
    </message>
</context>
<context>
    <name>CurrencyRegistry</name>
    <message>
        <source>missing field “%1”</source>
        <translation>falta el campo «%1»</translation>
    </message>
    <message>
        <source>field “%1” must be a string</source>
        <translation>el campo «%1» debe ser una cadena</translation>
    </message>
    <message>
        <source>field “%1” is empty</source>
        <translation>el campo «%1» está vacío</translation>
    </message>
    <message>
        <source>The currency registry is not valid JSON: %1 (at byte %2).</source>
        <translation>El registro de monedas no es un JSON válido: %1 (en el byte %2).</translation>
    </message>
    <message>
        <source>The currency registry must be a JSON object.</source>
        <translation>El registro de monedas debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>“sources” must be an array of strings.</source>
        <translation>«sources» debe ser una lista de cadenas.</translation>
    </message>
    <message>
        <source>sources[%1] must be a non-empty string.</source>
        <translation>sources[%1] debe ser una cadena no vacía.</translation>
    </message>
    <message>
        <source>The currency registry needs a “currencies” array.</source>
        <translation>El registro de monedas necesita una lista «currencies».</translation>
    </message>
    <message>
        <source>currencies[%1]</source>
        <translation>currencies[%1]</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 debe ser un objeto.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: XML code “%2” may only hold Latin letters, digits and &apos;_&apos;.</source>
        <translation>%1: el código XML «%2» solo puede contener letras latinas, dígitos y &apos;_&apos;.</translation>
    </message>
    <message>
        <source>%1: unknown kind “%2” (expected crypto, card, emoney, bank or cash).</source>
        <translation>%1: tipo desconocido «%2» (se espera crypto, card, emoney, bank o cash).</translation>
    </message>
    <message>
        <source>%1: a crypto currency needs a network.</source>
        <translation>%1: una criptomoneda necesita una red.</translation>
    </message>
    <message>
        <source>%1: only crypto currencies have a network.</source>
        <translation>%1: solo las criptomonedas tienen red.</translation>
    </message>
    <message>
        <source>%1: missing field “precision”.</source>
        <translation>%1: falta el campo «precision».</translation>
    </message>
    <message>
        <source>%1: precision must be a whole number from 0 to %2.</source>
        <translation>%1: la precisión debe ser un número entero de 0 a %2.</translation>
    </message>
    <message>
        <source>%1: XML code duplicates currencies[%2].</source>
        <translation>%1: el código XML repite currencies[%2].</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The order book is locked by another desk; try again in a moment (%1).</source>
        <translation>El libro de órdenes está bloqueado por otro puesto; inténtelo de nuevo en un momento (%1).</translation>
    </message>
    <message>
        <source>Cannot open the order book %1: %2</source>
        <translation>No se puede abrir el libro de órdenes %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the order book %1: %2</source>
        <translation>No se puede preparar el libro de órdenes %1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the order book %1: %2</source>
        <translation>No se puede conectar con el libro de órdenes %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoSandbox</name>
    <message>
        <source>The demo&apos;s sandbox server could not start.</source>
        <translation>No se pudo iniciar el servidor sandbox de la demo.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n fila a %1.</numerusform>
            <numerusform>Se exportaron %n filas a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This order book has schema version %1, written by a newer PayoutDesk (this one knows up to %2). Update PayoutDesk.</source>
        <translation>Este libro de órdenes tiene el esquema versión %1, escrito por un PayoutDesk más nuevo (este conoce hasta la %2). Actualice PayoutDesk.</translation>
    </message>
    <message>
        <source>Migration to version %1 failed: %2</source>
        <translation>Falló la migración a la versión %1: %2</translation>
    </message>
    <message>
        <source>This order book needs upgrading to schema version %1, which the login %2 may not do. Its owner opens it with this PayoutDesk first.</source>
        <translation>Este libro de órdenes necesita actualizarse a la versión de esquema %1, y el login %2 no puede hacerlo. Primero su propietario lo abre con este PayoutDesk.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is empty.</source>
        <translation>El importe está vacío.</translation>
    </message>
    <message>
        <source>The amount is longer than %1 characters.</source>
        <translation>El importe tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The amount has more than one decimal point.</source>
        <translation>El importe tiene más de un punto decimal.</translation>
    </message>
    <message>
        <source>Unexpected character %1 at position %2 of the amount; only digits, one &apos;.&apos; and a leading sign are allowed.</source>
        <translation>Carácter inesperado %1 en la posición %2 del importe; solo se admiten dígitos, un &apos;.&apos; y un signo inicial.</translation>
    </message>
    <message>
        <source>The amount has no digits.</source>
        <translation>El importe no tiene dígitos.</translation>
    </message>
    <message>
        <source>A decimal point needs at least one digit on each side.</source>
        <translation>El punto decimal necesita al menos un dígito a cada lado.</translation>
    </message>
</context>
<context>
    <name>OrderImporter</name>
    <message numerus="yes">
        <source>%n order(s) imported</source>
        <translation>
            <numerusform>%n orden importada</numerusform>
            <numerusform>%n órdenes importadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Esperando el pago</translation>
    </message>
    <message>
        <source>Payment error</source>
        <translation>Error de pago</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Payout queued</source>
        <translation>Pago en cola</translation>
    </message>
    <message>
        <source>Payout error</source>
        <translation>Error de pago al cliente</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Retenida</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelta</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>Order %1 (UID %2) could not be stored: %3</source>
        <translation>No se pudo guardar la orden %1 (UID %2): %3</translation>
    </message>
    <message>
        <source>An order cannot move from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Una orden no puede pasar de «%1» a «%2».</translation>
    </message>
    <message>
        <source>The order is no longer &quot;%1&quot;: someone changed it meanwhile.</source>
        <translation>La orden ya no está en «%1»: alguien la cambió mientras tanto.</translation>
    </message>
</context>
<context>
    <name>ProviderHub</name>
    <message>
        <source>No provider &quot;%1&quot; is built in.</source>
        <translation>No hay ningún proveedor integrado «%1».</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; of %2 is not set.</source>
        <translation>El secreto «%1» de %2 no está configurado.</translation>
    </message>
</context>
<context>
    <name>RecipientField</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>%1 is not in the expected form.</source>
        <translation>%1 no tiene el formato esperado.</translation>
    </message>
</context>
<context>
    <name>RecipientValidator</name>
    <message>
        <source>The recipient is empty.</source>
        <translation>El destinatario está vacío.</translation>
    </message>
    <message>
        <source>The address contains characters that cannot appear in it.</source>
        <translation>La dirección contiene caracteres que no pueden aparecer en ella.</translation>
    </message>
    <message>
        <source>The address has the wrong length: a character is missing or extra.</source>
        <translation>La dirección tiene una longitud incorrecta: falta o sobra un carácter.</translation>
    </message>
    <message>
        <source>The address checksum does not match: a character is mistyped.</source>
        <translation>La suma de control de la dirección no coincide: hay un carácter mal escrito.</translation>
    </message>
    <message>
        <source>The address belongs to another network or coin.</source>
        <translation>La dirección pertenece a otra red o moneda.</translation>
    </message>
    <message>
        <source>The address mixes upper-case and lower-case letters; it must be all one case.</source>
        <translation>La dirección mezcla mayúsculas y minúsculas; debe estar toda en un mismo tipo.</translation>
    </message>
    <message>
        <source>The address must start with 0x followed by 40 hexadecimal digits.</source>
        <translation>La dirección debe empezar por 0x seguida de 40 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>The address is malformed; ask the client to copy it again.</source>
        <translation>La dirección está mal formada; pida al cliente que la copie de nuevo.</translation>
    </message>
    <message>
        <source>The card number may contain only digits, spaces and dashes.</source>
        <translation>El número de tarjeta solo puede contener dígitos, espacios y guiones.</translation>
    </message>
    <message>
        <source>The card number must have 12 to 19 digits.</source>
        <translation>El número de tarjeta debe tener de 12 a 19 dígitos.</translation>
    </message>
    <message>
        <source>The card number fails its check digit (Luhn).</source>
        <translation>El número de tarjeta no supera la comprobación del dígito de control (Luhn).</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot create the workspace folder %1.</source>
        <translation>No se puede crear la carpeta de trabajo %1.</translation>
    </message>
    <message>
        <source>An order book address looks like postgresql://user@host:5432/database.</source>
        <translation>Una dirección de libro de órdenes tiene este aspecto: postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PayoutDesk: the exchange&apos;s back-office desk.</source>
        <translation>PayoutDesk: la trastienda del servicio de cambio.</translation>
    </message>
    <message>
        <source>The workspace folder.</source>
        <translation>La carpeta de trabajo.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Open the demo workspace with sample orders.</source>
        <translation>Abrir la carpeta de demostración con órdenes de ejemplo.</translation>
    </message>
    <message>
        <source>PayoutDesk</source>
        <translation>PayoutDesk</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened:
%2</source>
        <translation>No se puede abrir la carpeta de trabajo %1:
%2</translation>
    </message>
    <message>
        <source>The demo&apos;s sandbox provider stays disabled: %1</source>
        <translation>El proveedor sandbox de la demo sigue desactivado: %1</translation>
    </message>
    <message>
        <source>The listener for webhooks could not start: %1</source>
        <translation>No se pudo iniciar el receptor de webhooks: %1</translation>
    </message>
    <message>
        <source>Team mode: the order book on this PostgreSQL server, postgresql://user@host:port/database (password from the keychain).</source>
        <translation>Modo de equipo: el libro de órdenes en este servidor PostgreSQL, postgresql://user@host:port/database (contraseña desde el llavero).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
</context>
<context>
    <name>pd</name>
    <message>
        <source>The workspace folder (default: %1).</source>
        <translation>La carpeta de trabajo (por defecto: %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Use the demo workspace, filled with sample orders.</source>
        <translation>Usar la carpeta de demostración, con órdenes de ejemplo.</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Pruebe --help.</translation>
    </message>
    <message>
        <source>%1 must be a string such as &quot;317.42&quot;, so that it stays exact.</source>
        <translation>%1 debe ser una cadena como &quot;317.42&quot;, para que siga siendo exacto.</translation>
    </message>
    <message>
        <source>%1 has an unexpected type.</source>
        <translation>%1 tiene un tipo inesperado.</translation>
    </message>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>No hay ningún secreto guardado para %1.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Start the desktop&apos;s keyring (Secret Service) and try again; PayoutDesk never stores secrets anywhere else.</source>
        <translation>No hay ningún llavero disponible (%1). Inicie el llavero del escritorio (Secret Service) y vuelva a intentarlo; PayoutDesk nunca guarda secretos en otro lugar.</translation>
    </message>
    <message>
        <source>No keychain is available: the desktop session&apos;s D-Bus cannot be reached (%1). Start the desktop&apos;s keyring (Secret Service) and try again; PayoutDesk never stores secrets anywhere else.</source>
        <translation>No hay ningún llavero disponible: no se alcanza el D-Bus de la sesión de escritorio (%1). Inicie el llavero del escritorio (Secret Service) y vuelva a intentarlo; PayoutDesk nunca guarda secretos en otro lugar.</translation>
    </message>
    <message>
        <source>The keychain refused to %1 the secret: %2</source>
        <translation>El llavero se negó a «%1» el secreto: %2</translation>
    </message>
    <message>
        <source>Team mode: keep the workspace&apos;s order book on this PostgreSQL server from now on, postgresql://user@host:port/database (the password is read from the OS keychain).</source>
        <translation>Modo de equipo: a partir de ahora, guardar el libro de órdenes del espacio de trabajo en este servidor PostgreSQL, postgresql://user@host:port/database (la contraseña se lee del llavero del sistema).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Create the workspace if the folder holds none yet.</source>
        <translation>Crear el espacio de trabajo si la carpeta aún no tiene uno.</translation>
    </message>
</context>
<context>
    <name>pd::AboutDialog</name>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>About PayoutDesk</source>
        <translation>Acerca de PayoutDesk</translation>
    </message>
    <message>
        <source>The back office of a currency-exchange service: the order book, and payouts approved by staff and sent exactly once.</source>
        <translation>La trastienda de un servicio de cambio: el libro de órdenes y los pagos que aprueba el personal y que se envían exactamente una vez.</translation>
    </message>
    <message>
        <source>&amp;Copy for a support ticket</source>
        <translation>&amp;Copiar para una solicitud de soporte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Carpeta de trabajo</translation>
    </message>
</context>
<context>
    <name>pd::ActivityKind</name>
    <message>
        <source>IPN refused</source>
        <translation>IPN rechazado</translation>
    </message>
    <message>
        <source>IPN not stored</source>
        <translation>IPN no guardado</translation>
    </message>
    <message>
        <source>Provider webhook refused</source>
        <translation>Webhook del proveedor rechazado</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>Orden creada</translation>
    </message>
    <message>
        <source>Orders imported</source>
        <translation>Órdenes importadas</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Importación rechazada</translation>
    </message>
    <message>
        <source>Payout failed</source>
        <translation>Pago fallido</translation>
    </message>
    <message>
        <source>Payout outcome unknown</source>
        <translation>Resultado del pago desconocido</translation>
    </message>
    <message>
        <source>Payout needs a person</source>
        <translation>El pago necesita a una persona</translation>
    </message>
    <message>
        <source>Payout sent again (same reference)</source>
        <translation>Pago enviado de nuevo (misma referencia)</translation>
    </message>
    <message>
        <source>New recipient accepted</source>
        <translation>Nuevo destinatario aceptado</translation>
    </message>
    <message>
        <source>Pinned recipient kept</source>
        <translation>Se mantiene el destinatario fijado</translation>
    </message>
    <message>
        <source>Provider settings changed</source>
        <translation>Ajustes del proveedor cambiados</translation>
    </message>
    <message>
        <source>Provider secret changed</source>
        <translation>Secreto del proveedor cambiado</translation>
    </message>
    <message>
        <source>Desk settings changed</source>
        <translation>Ajustes del escritorio cambiados</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Ajustes cambiados</translation>
    </message>
    <message>
        <source>Payout limits changed</source>
        <translation>Límites de pago cambiados</translation>
    </message>
    <message>
        <source>Staff changed</source>
        <translation>Personal cambiado</translation>
    </message>
    <message>
        <source>Blocked recipients changed</source>
        <translation>Destinatarios bloqueados cambiados</translation>
    </message>
    <message>
        <source>Reconciliation found mismatches</source>
        <translation>La conciliación halló discrepancias</translation>
    </message>
    <message>
        <source>Reconciliation mismatch resolved</source>
        <translation>Discrepancia de conciliación resuelta</translation>
    </message>
    <message>
        <source>Payout held</source>
        <translation>Pago retenido</translation>
    </message>
    <message>
        <source>Hold released</source>
        <translation>Retención liberada</translation>
    </message>
    <message>
        <source>Payout rejected</source>
        <translation>Pago rechazado</translation>
    </message>
    <message>
        <source>Payout back in the queue</source>
        <translation>Pago de nuevo en la cola</translation>
    </message>
    <message>
        <source>Marked paid outside the desk</source>
        <translation>Marcado como pagado fuera de PayoutDesk</translation>
    </message>
</context>
<context>
    <name>pd::ActivityModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>pd::ActivityPage</name>
    <message>
        <source>The activity log cannot be read: %1</source>
        <translation>No se puede leer el registro de actividad: %1</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>&amp;Quién</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>pd::ApiClient</name>
    <message>
        <source>The provider did not answer within %1 s.</source>
        <translation>El proveedor no respondió en %1 s.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Error de red: %1</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1.</source>
        <translation>El proveedor respondió HTTP %1.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is not valid JSON: %1</source>
        <translation>La respuesta del proveedor no es un JSON válido: %1</translation>
    </message>
</context>
<context>
    <name>pd::ApproveDialog</name>
    <message numerus="yes">
        <source>Approve %n payout(s)</source>
        <translation>
            <numerusform>Aprobar %n pago</numerusform>
            <numerusform>Aprobar %n pagos</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>These payouts will be sent now. Check every recipient and amount.</source>
        <translation>Estos pagos se enviarán ahora. Compruebe cada destinatario e importe.</translation>
    </message>
    <message>
        <source>Totals and balances:</source>
        <translation>Totales y saldos:</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>desconocido: %1</translation>
    </message>
    <message>
        <source>%1 — the rest will not be sent</source>
        <translation>%1 — el resto no se enviará</translation>
    </message>
    <message numerus="yes">
        <source>Not sent (%n selected order(s) skipped):</source>
        <translation>
            <numerusform>No se envía (%n pedido seleccionado omitido):</numerusform>
            <numerusform>No se envía (%n pedidos seleccionados omitidos):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n payout(s) in %1 s</source>
        <translation>
            <numerusform>Enviar %n pago en %1 s</numerusform>
            <numerusform>Enviar %n pagos en %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n payout(s)</source>
        <translation>
            <numerusform>Enviar %n pago</numerusform>
            <numerusform>Enviar %n pagos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::AttemptStore</name>
    <message>
        <source>The order is no longer waiting for a payout: it was paid, changed or taken by someone else meanwhile.</source>
        <translation>La orden ya no espera su pago: mientras tanto se pagó, se cambió o la tomó otra persona.</translation>
    </message>
    <message>
        <source>Payout approved: attempt %1 through %2, reference %3</source>
        <translation>Pago aprobado: intento %1 mediante %2, referencia %3</translation>
    </message>
    <message>
        <source>The attempt is no longer prepared.</source>
        <translation>El intento ya no está preparado.</translation>
    </message>
    <message>
        <source>Provider transaction %1</source>
        <translation>Transacción del proveedor %1</translation>
    </message>
    <message>
        <source>(the order was no longer waiting for its payout)</source>
        <translation>(la orden ya no esperaba su pago)</translation>
    </message>
    <message>
        <source>The reserve at %1 does not cover this payout: %2 %3 left after the payouts already claimed (balance %4), %5 needed. Nothing was sent.</source>
        <translation>La reserva en %1 no cubre este pago: quedan %2 %3 tras los pagos ya reclamados (saldo %4), se necesitan %5. No se envió nada.</translation>
    </message>
    <message>
        <source>Above %1 %2 a payout needs two staff members&apos; approval: it waits for people.</source>
        <translation>Por encima de %1 %2 un pago necesita la aprobación de dos miembros del personal: espera a las personas.</translation>
    </message>
    <message>
        <source>You approved this payout already. Above %1 %2 another staff member must approve it too; nothing was sent.</source>
        <translation>Ya aprobó este pago. Por encima de %1 %2 también debe aprobarlo otro miembro del personal; no se envió nada.</translation>
    </message>
    <message>
        <source>First approval of the payout of %1 %2 (above %3 %2): awaiting a second approval by another staff member</source>
        <translation>Primera aprobación del pago de %1 %2 (por encima de %3 %2): a la espera de una segunda aprobación de otro miembro del personal</translation>
    </message>
    <message>
        <source>Approved by you; above %1 %2 it is sent once another staff member approves it too.</source>
        <translation>Aprobado por usted; por encima de %1 %2 se envía cuando otro miembro del personal también lo apruebe.</translation>
    </message>
    <message>
        <source> (second approval; first by %1)</source>
        <translation> (segunda aprobación; la primera de %1)</translation>
    </message>
    <message>
        <source>The exchange site sent another recipient for this order: it is paid to neither until a staff member accepts or refuses the new one. Nothing was sent.</source>
        <translation>El sitio de cambio envió otro destinatario para esta orden: no se paga a ninguno hasta que un miembro del personal acepte o rechace el nuevo. No se envió nada.</translation>
    </message>
    <message>
        <source>The outcome of this order&apos;s last payout is not known yet: it waits for its check with the provider, and is never sent again on its own. Nothing was sent.</source>
        <translation>El resultado del último pago de esta orden aún no se conoce: espera su comprobación con el proveedor y nunca se vuelve a enviar por sí solo. No se envió nada.</translation>
    </message>
    <message>
        <source>A payout of this order is already on its way (another click, window or desk claimed it). Nothing was sent.</source>
        <translation>Un pago de esta orden ya está en camino (lo tomó otro clic, ventana o puesto). No se envió nada.</translation>
    </message>
    <message>
        <source>The order is &quot;%1&quot; now, no longer waiting for a payout. Nothing was sent.</source>
        <translation>La orden está ahora «%1» y ya no espera un pago. No se envió nada.</translation>
    </message>
</context>
<context>
    <name>pd::AutoPayer</name>
    <message>
        <source>Waits for a person: %1</source>
        <translation>Espera a una persona: %1</translation>
    </message>
    <message>
        <source>%1 is above the automatic payout limit of %2 %3 through %4.</source>
        <translation>%1 supera el límite de pagos automáticos de %2 %3 a través de %4.</translation>
    </message>
</context>
<context>
    <name>pd::BinanceProvider</name>
    <message>
        <source>Binance&apos;s coin list is not a list.</source>
        <translation>La lista de monedas de Binance no es una lista.</translation>
    </message>
    <message>
        <source>Binance&apos;s balance of %1 is not a decimal amount.</source>
        <translation>El saldo de %1 en Binance no es un importe decimal.</translation>
    </message>
    <message>
        <source>Binance pays out crypto only, not %1.</source>
        <translation>Binance solo paga en criptomonedas, no en %1.</translation>
    </message>
    <message>
        <source>Binance&apos;s answer to the withdrawal %1 has no id.</source>
        <translation>La respuesta de Binance a la retirada %1 no tiene id.</translation>
    </message>
    <message>
        <source>Binance&apos;s withdrawal history is not a list.</source>
        <translation>El historial de retiradas de Binance no es una lista.</translation>
    </message>
    <message>
        <source>Binance&apos;s withdrawal %1 has no status.</source>
        <translation>La retirada %1 de Binance no tiene estado.</translation>
    </message>
    <message>
        <source>Binance gives no reason (status %1).</source>
        <translation>Binance no indica el motivo (estado %1).</translation>
    </message>
    <message>
        <source>Binance reports status %1, which its documentation does not describe.</source>
        <translation>Binance indica el estado %1, que su documentación no describe.</translation>
    </message>
    <message>
        <source>Binance holds %1 withdrawals with the reference %2; check them in the Binance account.</source>
        <translation>Binance tiene %1 retiradas con la referencia %2; revíselas en la cuenta de Binance.</translation>
    </message>
    <message>
        <source>Binance sends no webhooks for withdrawals: its payouts are followed by asking its withdrawal history.</source>
        <translation>Binance no envía webhooks de retiradas: sus pagos se siguen consultando su historial de retiradas.</translation>
    </message>
    <message>
        <source>A withdrawal in Binance&apos;s history has no id, amount or status.</source>
        <translation>Un retiro del historial de Binance no tiene id, importe o estado.</translation>
    </message>
</context>
<context>
    <name>pd::Blocklist</name>
    <message>
        <source>An empty value cannot be blocked.</source>
        <translation>No se puede bloquear un valor vacío.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Line %1: no address or card number.</source>
        <translation>Línea %1: no hay dirección ni número de tarjeta.</translation>
    </message>
    <message>
        <source>The blocklist cannot be read: %1</source>
        <translation>No se puede leer la lista de bloqueo: %1</translation>
    </message>
    <message>
        <source>The recipient %1 is on the blocklist (%2): nothing is sent.</source>
        <translation>El destinatario %1 está en la lista de bloqueo (%2): no se envía nada.</translation>
    </message>
</context>
<context>
    <name>pd::BlocklistDialog</name>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Unblock selected</source>
        <translation>&amp;Desbloquear el seleccionado</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Blocked recipients</source>
        <translation>Destinatarios bloqueados</translation>
    </message>
    <message>
        <source>Address or card</source>
        <translation>Dirección o tarjeta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Añadido por</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>An address or a card number</source>
        <translation>Una dirección o un número de tarjeta</translation>
    </message>
    <message>
        <source>Why (sanctions list, chargebacks, fraud report…)</source>
        <translation>Por qué (lista de sanciones, contracargos, denuncia de fraude…)</translation>
    </message>
    <message>
        <source>No payout is ever sent to these, by a click, automatically or from another desk. A CSV file has the columns value,reason; a file with a bad row adds nothing.</source>
        <translation>Nunca se les envía un pago, ni con un clic, ni automáticamente ni desde otro puesto. Un archivo CSV tiene las columnas value,reason; un archivo con una fila errónea no añade nada.</translation>
    </message>
    <message>
        <source>Blocked.</source>
        <translation>Bloqueado.</translation>
    </message>
    <message>
        <source>Unblocked.</source>
        <translation>Desbloqueado.</translation>
    </message>
    <message>
        <source>Import blocked recipients</source>
        <translation>Importar destinatarios bloqueados</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) blocked from the file.</source>
        <translation>
            <numerusform>%n destinatario bloqueado desde el archivo.</numerusform>
            <numerusform>%n destinatarios bloqueados desde el archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The blocked recipients cannot be read: %1</source>
        <translation>No se pueden leer los destinatarios bloqueados: %1</translation>
    </message>
</context>
<context>
    <name>pd::BookCommand</name>
    <message>
        <source>This workspace&apos;s book is already on PostgreSQL (%1).</source>
        <translation>El libro de este espacio de trabajo ya está en PostgreSQL (%1).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows</source>
        <translation>%1: %2 de %3 filas</translation>
    </message>
    <message>
        <source>match</source>
        <translation>coincide</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>DIFERENTE</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: %1</source>
        <translation>No se pudo guardar la contraseña en el llavero: %1</translation>
    </message>
    <message>
        <source>Moved. This workspace now uses the order book at %1; its SQLite file is kept as it was.</source>
        <translation>Movido. Este espacio de trabajo usa ahora el libro de órdenes en %1; su archivo SQLite se conserva tal como estaba.</translation>
    </message>
</context>
<context>
    <name>pd::BookMigration</name>
    <message>
        <source>The target database already holds an order book (its %1 table is not empty). A move goes into an empty database only.</source>
        <translation>La base de datos de destino ya contiene un libro de órdenes (su tabla %1 no está vacía). Solo se puede mover a una base de datos vacía.</translation>
    </message>
    <message>
        <source>Cannot read the table %1: %2</source>
        <translation>No se puede leer la tabla %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation>No se puede copiar %1: %2</translation>
    </message>
    <message>
        <source>The copy of %1 does not match (%2 rows here, %3 there): nothing was moved.</source>
        <translation>La copia de %1 no coincide (%2 filas aquí, %3 allí): no se movió nada.</translation>
    </message>
</context>
<context>
    <name>pd::BuildInfo</name>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Build type</source>
        <translation>Tipo de compilación</translation>
    </message>
    <message>
        <source>Compiler</source>
        <translation>Compilador</translation>
    </message>
    <message>
        <source>Qt (built against)</source>
        <translation>Qt (al compilar)</translation>
    </message>
    <message>
        <source>Qt (running)</source>
        <translation>Qt (en ejecución)</translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>TLS backend</source>
        <translation>Backend TLS</translation>
    </message>
</context>
<context>
    <name>pd::CheckedWork</name>
    <message>
        <source>The order book refused the change.</source>
        <translation>El libro de pedidos rechazó el cambio.</translation>
    </message>
</context>
<context>
    <name>pd::Cli</name>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ninguna orden.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Orden desconocida «%1».</translation>
    </message>
    <message>
        <source>NAME, KEY and VALUE as the subcommand needs.</source>
        <translation>NAME, KEY y VALUE según lo que pida la suborden.</translation>
    </message>
    <message>
        <source>Payout providers: list, set NAME KEY [VALUE], unset NAME KEY, test NAME.
A secret (a key of kind 2 in the provider&apos;s required_config) is read from standard input
and stored in the OS keychain; it is never shown, logged or written anywhere else.</source>
        <translation>Proveedores de pago: list, set NAME KEY [VALUE], unset NAME KEY, test NAME.
Un secreto (una clave de tipo 2 en el required_config del proveedor) se lee de la entrada estándar
y se guarda en el llavero del sistema; nunca se muestra, se registra ni se escribe en otro lugar.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;providers %1&quot;.</source>
        <translation>Número de argumentos incorrecto para «providers %1».</translation>
    </message>
    <message>
        <source>Every order waiting for its payout.</source>
        <translation>Todas las órdenes que esperan su pago.</translation>
    </message>
    <message>
        <source>Pay through this provider (default: the currency&apos;s default, else the first that serves it).</source>
        <translation>Pagar mediante este proveedor (por defecto: el de la moneda, o el primero que la atiende).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:puerto</translation>
    </message>
    <message>
        <source>Order ids or UIDs.</source>
        <translation>Ids de órdenes o sus UID.</translation>
    </message>
    <message>
        <source>Payouts: approve ORDER... | --all [--provider P], status ORDER, poll.
Every payout is sent at most once: a payout left half-sent by a stopped desk is looked up
with its provider first, never sent again. approve exits 1 if any payout was not paid or accepted.</source>
        <translation>Pagos: approve ORDER... | --all [--provider P], status ORDER, poll.
Cada pago se envía como máximo una vez: un pago que un puesto detenido dejó a medio enviar se busca
primero en su proveedor y nunca se vuelve a enviar. approve termina con 1 si algún pago no se pagó ni se aceptó.</translation>
    </message>
    <message>
        <source>&quot;payout approve&quot; needs order ids or --all.</source>
        <translation>«payout approve» necesita ids de órdenes o --all.</translation>
    </message>
    <message>
        <source>&quot;payout status&quot; needs one order.</source>
        <translation>«payout status» necesita una orden.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Dirección en la que escuchar (por defecto 127.0.0.1).</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>Port to listen on (default 8899; 0 for any free one).</source>
        <translation>Puerto en el que escuchar (por defecto 8899; 0 para uno libre cualquiera).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>The API key clients must send (default &quot;sandbox&quot;).</source>
        <translation>La clave de API que deben enviar los clientes (por defecto «sandbox»).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>A starting balance, e.g. USDT=1000.00 (may be repeated).</source>
        <translation>Un saldo inicial, p. ej. USDT=1000.00 (puede repetirse).</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>saldo</translation>
    </message>
    <message>
        <source>Answer ok: 2 and settle each payout 3 s later.</source>
        <translation>Responder ok: 2 y liquidar cada pago 3 s después.</translation>
    </message>
    <message>
        <source>Delay every answer by this many milliseconds.</source>
        <translation>Retrasar cada respuesta estos milisegundos.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>The running sandbox (for ledger).</source>
        <translation>El sandbox en marcha (para ledger).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The sandbox payout provider (providers/sandbox/README.md): serve it, or print its ledger.
serve reads the API secret from standard input.</source>
        <translation>El proveedor de pagos sandbox (providers/sandbox/README.md): ejecutarlo o mostrar su libro de pagos.
serve lee el secreto de API de la entrada estándar.</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port necesita un número de 0 a 65535.</translation>
    </message>
    <message>
        <source>&quot;sandbox&quot; needs a subcommand: serve or ledger.</source>
        <translation>«sandbox» necesita una suborden: serve o ledger.</translation>
    </message>
    <message>
        <source>Only orders in this status (may be repeated).</source>
        <translation>Solo órdenes en este estado (puede repetirse).</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>Only orders with this XML code on either side.</source>
        <translation>Solo órdenes con este código XML en cualquiera de los lados.</translation>
    </message>
    <message>
        <source>xml</source>
        <translation>xml</translation>
    </message>
    <message>
        <source>A UID, the start of an order id, or part of a recipient.</source>
        <translation>Un UID, el inicio de un id de orden o parte de un destinatario.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>At most this many orders (default 100, 0 for all).</source>
        <translation>Como máximo este número de órdenes (por defecto 100, 0 para todas).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>table, json or csv (default table).</source>
        <translation>table, json o csv (por defecto table).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>List orders, newest first.</source>
        <translation>Lista de órdenes, las más nuevas primero.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Estado desconocido «%1».</translation>
    </message>
    <message>
        <source>--limit needs a number.</source>
        <translation>--limit necesita un número.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, json or csv.</source>
        <translation>Formato desconocido «%1»: use table, json o csv.</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Creada (UTC)</translation>
    </message>
    <message>
        <source>text or json (default text).</source>
        <translation>text o json (por defecto text).</translation>
    </message>
    <message>
        <source>The order id (24 hex digits) or its UID.</source>
        <translation>El id de la orden (24 dígitos hexadecimales) o su UID.</translation>
    </message>
    <message>
        <source>Show one order with its history.</source>
        <translation>Mostrar una orden con su historial.</translation>
    </message>
    <message>
        <source>&quot;orders show&quot; needs one order id or UID.</source>
        <translation>«orders show» necesita un id de orden o un UID.</translation>
    </message>
    <message>
        <source>No order &quot;%1&quot; in the book.</source>
        <translation>No hay ninguna orden «%1» en el libro.</translation>
    </message>
    <message>
        <source>Order %1 (UID %2)</source>
        <translation>Orden %1 (UID %2)</translation>
    </message>
    <message>
        <source>Status:    %1 (%2)</source>
        <translation>Estado:    %1 (%2)</translation>
    </message>
    <message>
        <source>In:        %1 %2</source>
        <translation>Entrada:   %1 %2</translation>
    </message>
    <message>
        <source>Out:       %1 %2</source>
        <translation>Salida:    %1 %2</translation>
    </message>
    <message>
        <source>Route:     %1</source>
        <translation>Ruta:      %1</translation>
    </message>
    <message>
        <source>Partner:   %1</source>
        <translation>Socio:     %1</translation>
    </message>
    <message>
        <source>Created:   %1</source>
        <translation>Creada:    %1</translation>
    </message>
    <message>
        <source>Updated:   %1</source>
        <translation>Modificada: %1</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>A JSON or CSV file of orders.</source>
        <translation>Un archivo de órdenes en JSON o CSV.</translation>
    </message>
    <message>
        <source>Import orders from JSON (an array of orders, or one per line) or CSV with a header row,
with the fields of &quot;orders list --format json|csv&quot;. All or nothing: if any row is bad,
every bad row is reported with its line number and no order is imported.</source>
        <translation>Importar órdenes desde JSON (una lista de órdenes, o una por línea) o CSV con fila de cabecera,
con los campos de «orders list --format json|csv». Todo o nada: si alguna fila es incorrecta,
se informa de cada fila incorrecta con su número de línea y no se importa ninguna orden.</translation>
    </message>
    <message>
        <source>&quot;orders import&quot; needs one file.</source>
        <translation>«orders import» necesita un archivo.</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 bad row(s).</source>
        <translation>No se importó nada: %1 fila(s) incorrecta(s).</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Imported %1 order(s) from %2.</source>
        <translation>Se importaron %1 orden(es) de %2.</translation>
    </message>
    <message>
        <source>The exchange direction&apos;s ObjectId (routeId).</source>
        <translation>El ObjectId de la ruta de cambio (routeId).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>What the client pays, e.g. 0.015.</source>
        <translation>Lo que paga el cliente, p. ej. 0.015.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>The partner code.</source>
        <translation>El código de socio.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>A detail of the paying side, KEY=VALUE (fromValues; may be repeated).</source>
        <translation>Un dato del lado que paga, KEY=VALUE (fromValues; puede repetirse).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>clave=valor</translation>
    </message>
    <message>
        <source>A recipient detail, KEY=VALUE (toValues; may be repeated).</source>
        <translation>Un dato del destinatario, KEY=VALUE (toValues; puede repetirse).</translation>
    </message>
    <message>
        <source>A detail of the direction, KEY=VALUE (routeValues; may be repeated).</source>
        <translation>Un dato de la ruta, KEY=VALUE (routeValues; puede repetirse).</translation>
    </message>
    <message>
        <source>The client&apos;s language (default en).</source>
        <translation>El idioma del cliente (por defecto en).</translation>
    </message>
    <message>
        <source>The client accepted the exchange&apos;s terms (agreement).</source>
        <translation>El cliente aceptó las condiciones del cambio (agreement).</translation>
    </message>
    <message>
        <source>Hide the recipient&apos;s details from the client&apos;s page (hideOutData).</source>
        <translation>Ocultar los datos del destinatario en la página del cliente (hideOutData).</translation>
    </message>
    <message>
        <source>Where the client returns afterwards (clientCallbackUrl).</source>
        <translation>Adónde vuelve el cliente después (clientCallbackUrl).</translation>
    </message>
    <message>
        <source>Where the site and the desk send this order&apos;s IPNs.</source>
        <translation>Adónde envían el sitio y el puesto los IPN de esta orden.</translation>
    </message>
    <message>
        <source>Read this order&apos;s IPN secret from standard input (needed with --ipn-url).</source>
        <translation>Leer el secreto IPN de esta orden de la entrada estándar (necesario con --ipn-url).</translation>
    </message>
    <message>
        <source>Create an order on the exchange site (public/exchanger/order/create) and store it with its UID
and secret. The site&apos;s address: &quot;merchant site&quot;; its API token: &quot;merchant secret token&quot;.</source>
        <translation>Crear una orden en el sitio de cambio (public/exchanger/order/create) y guardarla con su UID
y su secreto. La dirección del sitio: «merchant site»; su token de API: «merchant secret token».</translation>
    </message>
    <message>
        <source>--from, --to and --route-value take KEY=VALUE.</source>
        <translation>--from, --to y --route-value admiten KEY=VALUE.</translation>
    </message>
    <message>
        <source>The site&apos;s API address, when it is not the site&apos;s own.</source>
        <translation>La dirección de la API del sitio, si no es la del propio sitio.</translation>
    </message>
    <message>
        <source>site URL, or secret ipn|token.</source>
        <translation>site URL, o secret ipn|token.</translation>
    </message>
    <message>
        <source>The exchange site: merchant site URL [--api URL]; merchant secret ipn|token reads the desk&apos;s IPN
secret or the site&apos;s API token from standard input into the OS keychain.</source>
        <translation>El sitio de cambio: merchant site URL [--api URL]; merchant secret ipn|token lee el secreto IPN
del puesto o el token de API del sitio de la entrada estándar y lo guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Use &quot;merchant site URL&quot; or &quot;merchant secret ipn|token&quot;.</source>
        <translation>Use «merchant site URL» o «merchant secret ipn|token».</translation>
    </message>
    <message>
        <source>orders or history (every entry of the orders selected).</source>
        <translation>orders o history (cada entrada de las órdenes seleccionadas).</translation>
    </message>
    <message>
        <source>what</source>
        <translation>qué</translation>
    </message>
    <message>
        <source>Orders created / history entries written on or after this UTC day (YYYY-MM-DD) or instant (ISO 8601 with a zone).</source>
        <translation>Órdenes creadas / entradas de historial escritas desde este día UTC (YYYY-MM-DD) o instante (ISO 8601 con zona).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>... up to the end of this UTC day (YYYY-MM-DD), or before this instant.</source>
        <translation>... hasta el final de este día UTC (YYYY-MM-DD), o antes de este instante.</translation>
    </message>
    <message>
        <source>, or ; (default ,).</source>
        <translation>, o ; (por defecto ,).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>carácter</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (for spreadsheets that need it).</source>
        <translation>Empezar con una marca de orden de bytes UTF-8 (para las hojas de cálculo que la necesitan).</translation>
    </message>
    <message>
        <source>The file to write, or - for standard output. A file appears only complete: on any error nothing is written under its name.</source>
        <translation>El archivo que se escribe, o - para la salida estándar. Un archivo solo aparece completo: ante cualquier error no se escribe nada con su nombre.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Export orders or their history as CSV (RFC 4180, UTF-8): amounts exactly as stored, times
in ISO 8601 UTC, cells a spreadsheet would run as a formula prefixed with an apostrophe.</source>
        <translation>Exportar órdenes o su historial en CSV (RFC 4180, UTF-8): importes exactamente como se guardan, horas
en ISO 8601 UTC, y las celdas que una hoja de cálculo ejecutaría como fórmula, precedidas de un apóstrofo.</translation>
    </message>
    <message>
        <source>--what needs orders or history.</source>
        <translation>--what necesita orders o history.</translation>
    </message>
    <message>
        <source>--%1 needs a day (YYYY-MM-DD) or an ISO 8601 time with a zone, not &quot;%2&quot;.</source>
        <translation>--%1 necesita un día (YYYY-MM-DD) o una hora ISO 8601 con zona, no «%2».</translation>
    </message>
    <message>
        <source>--delimiter needs , or ;.</source>
        <translation>--delimiter necesita , o ;.</translation>
    </message>
    <message>
        <source>&quot;export csv&quot; needs --output FILE (or - for standard output).</source>
        <translation>«export csv» necesita --output FILE (o - para la salida estándar).</translation>
    </message>
    <message>
        <source>serve: ask the providers about open payouts at this interval instead of each one&apos;s own.</source>
        <translation>serve: consultar a los proveedores por los pagos abiertos con este intervalo en lugar del propio de cada uno.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/database, an empty database.</source>
        <translation>postgresql://user@host:port/database, una base de datos vacía.</translation>
    </message>
    <message>
        <source>Team mode: move this workspace&apos;s SQLite order book into an empty PostgreSQL database, all or
nothing, and prove it: every table&apos;s rows are counted and digested on both sides. The password
comes from the keychain (or PGPASSWORD / ~/.pgpass); one given in the URL is kept in the keychain.</source>
        <translation>Modo de equipo: mover el libro de órdenes SQLite de este espacio de trabajo a una base de datos PostgreSQL
vacía, todo o nada, y demostrarlo: las filas de cada tabla se cuentan y resumen en ambos lados. La contraseña
sale del llavero (o de PGPASSWORD / ~/.pgpass); la que se da en la URL se guarda en el llavero.</translation>
    </message>
    <message>
        <source>&quot;book&quot; needs: migrate URL.</source>
        <translation>«book» necesita: migrate URL.</translation>
    </message>
    <message>
        <source>An order book address looks like postgresql://user@host:5432/database.</source>
        <translation>Una dirección de libro de órdenes tiene este aspecto: postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>PROVIDER XML KIND [VALUE] for set.</source>
        <translation>PROVIDER XML KIND [VALUE] para set.</translation>
    </message>
    <message>
        <source>&quot;limits&quot; needs: list, or set PROVIDER XML KIND [VALUE].</source>
        <translation>«limits» necesita: list o set PROVIDER XML KIND [VALUE].</translation>
    </message>
    <message>
        <source>Payout limits per provider and currency, checked when a payout is claimed, on every desk:
KIND is min, max (per payout), day_total, day_count, month_total, month_count (UTC days and
months), or auto_max: the automatic payout rule, off unless set (payouts up to it go without a
click), or four_eyes with PROVIDER &quot;*&quot;: above it a payout of that currency needs two staff
members&apos; approval, whichever provider pays. set without VALUE removes the limit. Every change
is written to the activity log.</source>
        <translation>Límites de pago por proveedor y moneda, comprobados al reclamar un pago en cada puesto:
KIND es min, max (por pago), day_total, day_count, month_total, month_count (días y meses UTC),
auto_max: la regla de pagos automáticos, desactivada salvo que se fije (los pagos hasta ese importe van sin
clic), o four_eyes con PROVIDER &quot;*&quot;: por encima, un pago en esa moneda necesita la aprobación de dos
miembros del personal, pague el proveedor que pague. set sin VALUE elimina el límite. Cada cambio
se escribe en el registro de actividad.</translation>
    </message>
    <message>
        <source>Unknown limit &quot;%1&quot;: min, max, day_total, day_count, month_total, month_count, auto_max or four_eyes.</source>
        <translation>Límite desconocido «%1»: min, max, day_total, day_count, month_total, month_count, auto_max o four_eyes.</translation>
    </message>
    <message>
        <source>A team book&apos;s staff (PostgreSQL only): each member is a PostgreSQL login with a role, viewer,
operator or admin, which the server itself enforces. Only an admin changes the staff; every
change is written to the activity log.</source>
        <translation>El personal de un libro de equipo (solo PostgreSQL): cada miembro es un login de PostgreSQL con un rol, viewer,
operator o admin, que el propio servidor hace cumplir. Solo un admin cambia el personal; cada
cambio se escribe en el registro de actividad.</translation>
    </message>
    <message>
        <source>&quot;staff&quot; needs: list, set LOGIN ROLE [NAME], or remove LOGIN.</source>
        <translation>«staff» necesita: list, set LOGIN ROLE [NAME] o remove LOGIN.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: viewer, operator or admin.</source>
        <translation>Rol desconocido «%1»: viewer, operator o admin.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>There is no workspace in %1, and nothing was created. Create one with &quot;payoutdesk-cli init %1&quot; (or add --create).</source>
        <translation>No hay ningún espacio de trabajo en %1 y no se creó nada. Cree uno con «payoutdesk-cli init %1» (o añada --create).</translation>
    </message>
    <message>
        <source>The folder of the new workspace.</source>
        <translation>La carpeta del nuevo espacio de trabajo.</translation>
    </message>
    <message>
        <source>Create a workspace: its folder and an empty SQLite order book.</source>
        <translation>Crear un espacio de trabajo: su carpeta y un libro de órdenes SQLite vacío.</translation>
    </message>
    <message>
        <source>&quot;init&quot; needs the workspace&apos;s folder.</source>
        <translation>«init» necesita la carpeta del espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 is a workspace already; nothing changed.</source>
        <translation>%1 ya es un espacio de trabajo; no cambió nada.</translation>
    </message>
    <message>
        <source>Created the workspace %1.</source>
        <translation>Se creó el espacio de trabajo %1.</translation>
    </message>
    <message>
        <source>serve: listen in plain HTTP on an address others than this computer reach (without TLS, an IPN&apos;s recipient can be swapped on the way).</source>
        <translation>serve: escuchar en HTTP sin cifrar en una dirección a la que llegan otros equipos además de este (sin TLS, el destinatario de un IPN puede cambiarse por el camino).</translation>
    </message>
    <message>
        <source>The exchange site sent another recipient, which waits for a person (orders recipient %1 accept|keep --comment TEXT); until then the order is paid to neither:</source>
        <translation>El sitio de cambio envió otro destinatario, que espera a una persona (orders recipient %1 accept|keep --comment TEXT); hasta entonces la orden no se paga a ninguno:</translation>
    </message>
    <message>
        <source>The site says &quot;%1&quot;, which cannot follow the order&apos;s status: not applied.</source>
        <translation>El sitio dice «%1», que no puede seguir al estado de la orden: no se aplicó.</translation>
    </message>
    <message>
        <source>Why: kept in the order&apos;s history.</source>
        <translation>Por qué: se guarda en el historial de la orden.</translation>
    </message>
    <message>
        <source>accept (the site&apos;s new recipient) or keep (the pinned one).</source>
        <translation>accept (el nuevo destinatario del sitio) o keep (el fijado).</translation>
    </message>
    <message>
        <source>Decide on a recipient the exchange site sent after the order&apos;s recipient was pinned: accept
puts it in place of the pinned one (admins only), keep refuses it. Until then the order is
paid to neither.</source>
        <translation>Decidir sobre un destinatario que el sitio de cambio envió después de fijar el de la orden: accept
lo pone en lugar del fijado (solo administradores), keep lo rechaza. Hasta entonces la orden
no se paga a ninguno.</translation>
    </message>
    <message>
        <source>&quot;orders recipient&quot; needs an order and accept or keep.</source>
        <translation>«orders recipient» necesita una orden y accept o keep.</translation>
    </message>
    <message>
        <source>&quot;orders recipient&quot; needs --comment: why, for the order&apos;s history.</source>
        <translation>«orders recipient» necesita --comment: por qué, para el historial de la orden.</translation>
    </message>
    <message>
        <source>A %1 may not do this: accepting a new recipient is for admins, keeping the pinned one for operators and admins.</source>
        <translation>Un %1 no puede hacerlo: aceptar un nuevo destinatario es de administradores; conservar el fijado, de operadores y administradores.</translation>
    </message>
    <message>
        <source>Order %1 is now to be paid to the recipient the site sent.</source>
        <translation>La orden %1 se pagará ahora al destinatario que envió el sitio.</translation>
    </message>
    <message>
        <source>Order %1 keeps its pinned recipient.</source>
        <translation>La orden %1 conserva su destinatario fijado.</translation>
    </message>
    <message>
        <source>Back to plain HTTP (taken on loopback only).</source>
        <translation>Volver a HTTP sin cifrar (solo en loopback).</translation>
    </message>
    <message>
        <source>The certificate (and its chain) as a PEM file.</source>
        <translation>El certificado (y su cadena) como archivo PEM.</translation>
    </message>
    <message>
        <source>Its private key as a PEM file.</source>
        <translation>Su clave privada como archivo PEM.</translation>
    </message>
    <message>
        <source>The listener&apos;s TLS: listener tls CERT KEY reads the key&apos;s password from standard input (an empty
line: the key has none) into the OS keychain, checks that certificate and key open together,
and keeps the two files&apos; paths in the book&apos;s settings; listener tls --off goes back to plain
HTTP. It applies when the listener next starts. Admins only; written to the activity log.</source>
        <translation>El TLS del receptor: listener tls CERT KEY lee la contraseña de la clave de la entrada estándar (una línea
vacía: la clave no tiene) al llavero del sistema, comprueba que certificado y clave se abren juntos
y guarda las rutas de ambos archivos en los ajustes del libro; listener tls --off vuelve a HTTP sin
cifrar. Se aplica la próxima vez que arranque el receptor. Solo administradores; queda en el registro de actividad.</translation>
    </message>
    <message>
        <source>Use &quot;listener tls CERT KEY&quot; or &quot;listener tls --off&quot;.</source>
        <translation>Use «listener tls CERT KEY» o «listener tls --off».</translation>
    </message>
    <message>
        <source>Only an admin sets the listener&apos;s TLS.</source>
        <translation>Solo un administrador configura el TLS del receptor.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>The listener&apos;s TLS is off: plain HTTP, on loopback only.</source>
        <translation>El TLS del receptor está desactivado: HTTP sin cifrar, solo en loopback.</translation>
    </message>
    <message>
        <source>The listener speaks TLS with %1 and %2.</source>
        <translation>El receptor habla TLS con %1 y %2.</translation>
    </message>
    <message>
        <source>It applies when the listener next starts.</source>
        <translation>Se aplica la próxima vez que arranque el receptor.</translation>
    </message>
    <message>
        <source>hold, reject: why, kept in the order&apos;s history.</source>
        <translation>hold, reject: el motivo, que queda en el historial del pedido.</translation>
    </message>
    <message>
        <source>mark-paid: the external reference of the payout (transaction id, receipt number).</source>
        <translation>mark-paid: la referencia externa del pago (id de la transacción, número de recibo).</translation>
    </message>
    <message>
        <source>ref</source>
        <translation>ref</translation>
    </message>
    <message>
        <source>release, retry: a comment for the order&apos;s history.</source>
        <translation>release, retry: un comentario para el historial del pedido.</translation>
    </message>
    <message>
        <source>&quot;payout %1&quot; needs order ids or UIDs.</source>
        <translation>«payout %1» necesita ids o UID de pedidos.</translation>
    </message>
    <message>
        <source>&quot;payout mark-paid&quot; needs --reference REF.</source>
        <translation>«payout mark-paid» necesita --reference REF.</translation>
    </message>
    <message>
        <source>&quot;payout %1&quot; needs --reason TEXT.</source>
        <translation>«payout %1» necesita --reason TEXTO.</translation>
    </message>
    <message>
        <source>Usage: payoutdesk-cli [--workspace DIR | --demo] COMMAND ...</source>
        <translation>Uso: payoutdesk-cli [--workspace DIR | --demo] COMANDO ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Every command takes --help.</source>
        <translation>Todos los comandos aceptan --help.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1 %2&quot;.</source>
        <translation>Subcomando desconocido «%1 %2».</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2.</source>
        <translation>«%1» necesita un subcomando: %2.</translation>
    </message>
    <message>
        <source>serve: the listener&apos;s address (default: the settings&apos;, else %1).</source>
        <translation>serve: la dirección del receptor (por defecto, la de los ajustes; si no, %1).</translation>
    </message>
    <message>
        <source>create a workspace (every other command refuses a folder that holds none)</source>
        <translation>crear un espacio de trabajo (los demás comandos rechazan una carpeta sin él)</translation>
    </message>
    <message>
        <source>list orders, filtered (table, JSON or CSV)</source>
        <translation>listar pedidos filtrados (tabla, JSON o CSV)</translation>
    </message>
    <message>
        <source>one order with its history (ID is the order id or its UID)</source>
        <translation>un pedido con su historial (ID es el id del pedido o su UID)</translation>
    </message>
    <message>
        <source>import orders from JSON or CSV, all or nothing</source>
        <translation>importar pedidos de JSON o CSV, todos o ninguno</translation>
    </message>
    <message>
        <source>create an order on the exchange site</source>
        <translation>crear un pedido en el sitio de cambio</translation>
    </message>
    <message>
        <source>decide on a recipient the site changed</source>
        <translation>decidir sobre un destinatario que cambió el sitio</translation>
    </message>
    <message>
        <source>orders or their history as CSV</source>
        <translation>pedidos o su historial en CSV</translation>
    </message>
    <message>
        <source>the exchange site (payment links, order creation)</source>
        <translation>el sitio de cambio (enlaces de pago, creación de pedidos)</translation>
    </message>
    <message>
        <source>the desk&apos;s IPN secret / the site&apos;s API token, from standard input</source>
        <translation>el secreto IPN de PayoutDesk / el token API del sitio, por la entrada estándar</translation>
    </message>
    <message>
        <source>the built-in payout providers and their settings</source>
        <translation>los proveedores de pago incluidos y sus ajustes</translation>
    </message>
    <message>
        <source>set a setting; a secret is read from standard input</source>
        <translation>fijar un ajuste; un secreto se lee de la entrada estándar</translation>
    </message>
    <message>
        <source>remove a secret from the keychain</source>
        <translation>quitar un secreto del llavero</translation>
    </message>
    <message>
        <source>a signed balance call</source>
        <translation>una consulta de saldo firmada</translation>
    </message>
    <message>
        <source>pay orders waiting for their payout</source>
        <translation>pagar pedidos que esperan su pago</translation>
    </message>
    <message>
        <source>hold payouts (release undoes it)</source>
        <translation>retener pagos (release lo deshace)</translation>
    </message>
    <message>
        <source>release held orders</source>
        <translation>liberar pedidos retenidos</translation>
    </message>
    <message>
        <source>refuse to pay: the orders are returned, their senders refunded</source>
        <translation>negar el pago: los pedidos se devuelven y se reembolsa a los remitentes</translation>
    </message>
    <message>
        <source>put failed payouts back in the queue</source>
        <translation>devolver a la cola los pagos fallidos</translation>
    </message>
    <message>
        <source>the payout was made outside the desk</source>
        <translation>el pago se hizo fuera de PayoutDesk</translation>
    </message>
    <message>
        <source>an order&apos;s payout attempts</source>
        <translation>los intentos de pago de un pedido</translation>
    </message>
    <message>
        <source>ask the providers about open payouts, once</source>
        <translation>preguntar una vez a los proveedores por los pagos abiertos</translation>
    </message>
    <message>
        <source>the listener (TLS from the settings) and the poller</source>
        <translation>el receptor (TLS de los ajustes) y el sondeo</translation>
    </message>
    <message>
        <source>the listener&apos;s TLS (the key&apos;s password on standard input)</source>
        <translation>el TLS del receptor (la contraseña de la clave por la entrada estándar)</translation>
    </message>
    <message>
        <source>run the sandbox provider (API secret on standard input)</source>
        <translation>ejecutar el proveedor sandbox (secreto API por la entrada estándar)</translation>
    </message>
    <message>
        <source>print what a running sandbox was asked to pay</source>
        <translation>mostrar qué se pidió pagar a un sandbox en marcha</translation>
    </message>
    <message>
        <source>move this workspace&apos;s SQLite book into an empty PostgreSQL database</source>
        <translation>mover el libro SQLite de este espacio a una base PostgreSQL vacía</translation>
    </message>
    <message>
        <source>payout limits, automatic payouts, four eyes</source>
        <translation>límites de pago, pagos automáticos, cuatro ojos</translation>
    </message>
    <message>
        <source>set one (no VALUE: remove it); KIND: see limits set --help</source>
        <translation>fijar uno (sin VALOR: quitarlo); KIND: ver limits set --help</translation>
    </message>
    <message>
        <source>a team book&apos;s staff and their roles</source>
        <translation>el equipo de un libro compartido y sus roles</translation>
    </message>
    <message>
        <source>add a member, or change their role (viewer, operator, admin)</source>
        <translation>añadir a alguien o cambiar su rol (viewer, operator, admin)</translation>
    </message>
    <message>
        <source>take a member off the staff</source>
        <translation>quitar a alguien del equipo</translation>
    </message>
    <message>
        <source>KEY [VALUE] for set.</source>
        <translation>KEY [VALUE] para set.</translation>
    </message>
    <message>
        <source>The desk-wide settings kept in the order book, as Edit → Settings… shows them. set changes
payout.default.XML, the provider that pays a currency unless staff choose another in the
queue (without VALUE: no default). Every change is written to the activity log.</source>
        <translation>Los ajustes comunes del escritorio guardados en el libro de órdenes, como los muestra Editar → Ajustes…. set cambia
payout.default.XML, el proveedor que paga una moneda salvo que el personal elija otro en la
cola (sin VALUE: ninguno por defecto). Cada cambio se escribe en el registro de actividad.</translation>
    </message>
    <message>
        <source>&quot;settings&quot; needs: list, or set KEY [VALUE].</source>
        <translation>«settings» necesita: list, o set KEY [VALUE].</translation>
    </message>
    <message>
        <source>Only payout.default.XML is set here; Edit → Settings… sets %1.</source>
        <translation>Aquí solo se fija payout.default.XML; %1 se fija en Editar → Ajustes….</translation>
    </message>
    <message>
        <source>Unknown currency %1.</source>
        <translation>Moneda desconocida %1.</translation>
    </message>
    <message>
        <source>Unknown provider %1.</source>
        <translation>Proveedor desconocido %1.</translation>
    </message>
    <message>
        <source>%1 does not pay %2.</source>
        <translation>%1 no paga %2.</translation>
    </message>
    <message>
        <source>the desk-wide settings and each currency&apos;s default provider</source>
        <translation>los ajustes comunes del escritorio y el proveedor por defecto de cada moneda</translation>
    </message>
    <message>
        <source>the provider that pays a currency by default (none: no default)</source>
        <translation>el proveedor que paga una moneda por defecto (sin él: ninguno)</translation>
    </message>
    <message>
        <source>Only this provider (may be given more than once).</source>
        <translation>Solo este proveedor (puede indicarse más de una vez).</translation>
    </message>
    <message>
        <source>The period&apos;s first day (YYYY-MM-DD, UTC).</source>
        <translation>Primer día del periodo (AAAA-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>The period&apos;s last day (YYYY-MM-DD, UTC), included.</source>
        <translation>Último día del periodo (AAAA-MM-DD, UTC), incluido.</translation>
    </message>
    <message>
        <source>List the open mismatches; read no statement.</source>
        <translation>Lista las discrepancias abiertas sin leer ningún extracto.</translation>
    </message>
    <message>
        <source>Resolve this mismatch (with --comment).</source>
        <translation>Resuelve esta discrepancia (con --comment).</translation>
    </message>
    <message>
        <source>How the mismatch was resolved.</source>
        <translation>Cómo se resolvió la discrepancia.</translation>
    </message>
    <message>
        <source>Holds each provider&apos;s own books (its withdrawal or payout history) for a period against the
desk&apos;s payouts: payouts made outside the desk, payouts the provider has no record of, a
second payout for one order, other amounts, currencies, addresses or outcomes. Each run is
kept in the book; a mismatch stays open until resolved with a comment. Exits 6 while any
mismatch is open.</source>
        <translation>Contrasta los propios registros de cada proveedor (su historial de retiros o pagos) de un
periodo con los pagos de PayoutDesk: pagos hechos fuera de PayoutDesk, pagos de los que el proveedor
no tiene registro, un segundo pago de una orden, otros importes, monedas, direcciones o
resultados. Cada conciliación se guarda en el libro; una discrepancia sigue abierta hasta
resolverse con un comentario. Sale con 6 mientras haya alguna abierta.</translation>
    </message>
    <message>
        <source>&quot;reconcile --resolve&quot; needs a mismatch&apos;s number and --comment TEXT.</source>
        <translation>&quot;reconcile --resolve&quot; necesita el número de una discrepancia y --comment TEXTO.</translation>
    </message>
    <message>
        <source>&quot;reconcile&quot; needs --from DATE and --to DATE (YYYY-MM-DD, the first not after the last).</source>
        <translation>&quot;reconcile&quot; necesita --from FECHA y --to FECHA (AAAA-MM-DD, la primera no posterior a la segunda).</translation>
    </message>
    <message>
        <source>hold the providers&apos; books against the desk&apos;s payouts (exit 6: mismatches open)</source>
        <translation>contrastar los registros de los proveedores con los pagos de PayoutDesk (salida 6: discrepancias abiertas)</translation>
    </message>
</context>
<context>
    <name>pd::ClientLinksBox</name>
    <message>
        <source>Client links</source>
        <translation>Enlaces del cliente</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Pago:</translation>
    </message>
    <message>
        <source>Copy the payment link (Ctrl+Shift+C)</source>
        <translation>Copiar el enlace de pago (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Orden:</translation>
    </message>
    <message>
        <source>QR code…</source>
        <translation>Código QR…</translation>
    </message>
    <message>
        <source>Payment link as a QR code</source>
        <translation>Enlace de pago como código QR</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionGuard</name>
    <message>
        <source>%1 already has %2 connections open, the most one address may.</source>
        <translation>%1 ya tiene %2 conexiones abiertas, el máximo para una dirección.</translation>
    </message>
    <message>
        <source>%1 connections are open and busy, the most the listener takes.</source>
        <translation>Hay %1 conexiones abiertas y ocupadas, el máximo que admite el receptor.</translation>
    </message>
    <message>
        <source>Closed to make room: %1 connections were open.</source>
        <translation>Cerrada para hacer sitio: había %1 conexiones abiertas.</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionWatch</name>
    <message>
        <source>Idle for %1 s: closed.</source>
        <translation>Inactiva durante %1 s: cerrada.</translation>
    </message>
    <message>
        <source>The request&apos;s head is over %1 bytes.</source>
        <translation>La cabecera de la petición supera los %1 bytes.</translation>
    </message>
    <message>
        <source>A chunked body declares no length: refused.</source>
        <translation>Un cuerpo por partes (chunked) no declara su longitud: rechazado.</translation>
    </message>
    <message>
        <source>The Content-Length is not a number.</source>
        <translation>El Content-Length no es un número.</translation>
    </message>
    <message>
        <source>The body is declared as %1 bytes; the listener takes at most %2.</source>
        <translation>El cuerpo se declara de %1 bytes; el receptor admite como máximo %2.</translation>
    </message>
</context>
<context>
    <name>pd::CopyButton</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>pd::CryptomusProvider</name>
    <message>
        <source>Cryptomus&apos;s answer has no state.</source>
        <translation>La respuesta de Cryptomus no indica el estado.</translation>
    </message>
    <message>
        <source>Cryptomus answered with state %1.</source>
        <translation>Cryptomus respondió con el estado %1.</translation>
    </message>
    <message>
        <source>Cryptomus&apos;s answer has no merchant balance.</source>
        <translation>La respuesta de Cryptomus no incluye el saldo del comercio.</translation>
    </message>
    <message>
        <source>Cryptomus&apos;s balance of %1 is not a decimal amount.</source>
        <translation>El saldo de %1 en Cryptomus no es un importe decimal.</translation>
    </message>
    <message>
        <source>Cryptomus has no network the desk knows for %1 (%2).</source>
        <translation>Cryptomus no tiene ninguna red conocida por el puesto para %1 (%2).</translation>
    </message>
    <message>
        <source>Cryptomus&apos;s answer to the payout names no uuid.</source>
        <translation>La respuesta de Cryptomus al pago no indica ningún uuid.</translation>
    </message>
    <message>
        <source>Cryptomus&apos;s payout has no uuid or status.</source>
        <translation>El pago de Cryptomus no tiene uuid ni estado.</translation>
    </message>
    <message>
        <source>Cryptomus status &quot;%1&quot;, not final: the payout failed, but Cryptomus&apos;s support can still send it. Ask them before paying this order again.</source>
        <translation>Estado de Cryptomus «%1», no definitivo: el pago falló, pero el soporte de Cryptomus aún puede enviarlo. Consúlteles antes de volver a pagar esta orden.</translation>
    </message>
    <message>
        <source>Cryptomus&apos;s payout API key is not set.</source>
        <translation>La clave de API de pagos de Cryptomus no está configurada.</translation>
    </message>
    <message>
        <source>The webhook is not a JSON object with a signature (&quot;sign&quot;).</source>
        <translation>El webhook no es un objeto JSON con firma («sign»).</translation>
    </message>
    <message>
        <source>The webhook&apos;s signature does not match.</source>
        <translation>La firma del webhook no coincide.</translation>
    </message>
    <message>
        <source>The webhook is not about a payout.</source>
        <translation>El webhook no se refiere a un pago.</translation>
    </message>
    <message>
        <source>The webhook names no payout uuid.</source>
        <translation>El webhook no indica ningún uuid de pago.</translation>
    </message>
    <message>
        <source>Cryptomus&apos;s payout history has no items.</source>
        <translation>El historial de pagos de Cryptomus no tiene items.</translation>
    </message>
    <message>
        <source>A payout in Cryptomus&apos;s history has no uuid or amount.</source>
        <translation>Un pago del historial de Cryptomus no tiene uuid o importe.</translation>
    </message>
</context>
<context>
    <name>pd::CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>la salida</translation>
    </message>
    <message>
        <source>Cannot read the order book: %1</source>
        <translation>No se puede leer el libro de órdenes: %1</translation>
    </message>
</context>
<context>
    <name>pd::CsvExportJob</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>La exportación se canceló; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>pd::DashboardPage</name>
    <message>
        <source>By currency</source>
        <translation>Por moneda</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Por proveedor</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the figures and the providers&apos; balances again</source>
        <translation>Volver a leer las cifras y los saldos de los proveedores</translation>
    </message>
    <message>
        <source>Payouts per day</source>
        <translation>Pagos por día</translation>
    </message>
    <message>
        <source>Outcomes per provider</source>
        <translation>Resultados por proveedor</translation>
    </message>
    <message>
        <source>Orders per status</source>
        <translation>Órdenes por estado</translation>
    </message>
    <message>
        <source>Provider balances</source>
        <translation>Saldos de los proveedores</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Leído a las</translation>
    </message>
    <message>
        <source>Last %1 days: %2 – %3</source>
        <translation>Últimos %1 días: %2 – %3</translation>
    </message>
    <message>
        <source>No payout in the period</source>
        <translation>Ningún pago en el período</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Necesita atención</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>%1: %2 of %3 paid</source>
        <translation>%1: %2 de %3 pagados</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The book is empty</source>
        <translation>El libro está vacío</translation>
    </message>
    <message>
        <source>The figures cannot be read: %1</source>
        <translation>No se pueden leer las cifras: %1</translation>
    </message>
    <message>
        <source>The providers&apos; settings cannot be read: %1</source>
        <translation>No se pueden leer los ajustes de los proveedores: %1</translation>
    </message>
    <message>
        <source>payouts sent from the desk</source>
        <translation>pagos enviados desde el escritorio</translation>
    </message>
    <message>
        <source>Only the payouts the desk sent itself. Orders marked paid by hand, or paid on arrival, are counted under &quot;Orders per status&quot;.</source>
        <translation>Solo los pagos que envió el propio escritorio. Las órdenes marcadas como pagadas a mano, o que llegaron ya pagadas, se cuentan en «Órdenes por estado».</translation>
    </message>
    <message>
        <source>No payout sent from the desk in the period</source>
        <translation>Ningún pago enviado desde el escritorio en el periodo</translation>
    </message>
</context>
<context>
    <name>pd::DashboardService</name>
    <message>
        <source>The dashboard&apos;s figures cannot be read.</source>
        <translation>No se pueden leer las cifras del panel.</translation>
    </message>
</context>
<context>
    <name>pd::DeskListener</name>
    <message>
        <source>No such endpoint.</source>
        <translation>No existe ese punto de acceso.</translation>
    </message>
    <message>
        <source>The listener cannot listen on %1 port %2: %3</source>
        <translation>El receptor no puede escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address to listen on: write host:port, e.g. 127.0.0.1:8787.</source>
        <translation>«%1» no es una dirección en la que escuchar: escriba host:puerto, p. ej. 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>The listener does not take plain HTTP on %1, where others than this computer reach it: give it a TLS certificate and key (payoutdesk-cli listener tls CERT KEY), or keep it on 127.0.0.1 behind a reverse proxy that speaks HTTPS, or start it with --insecure-listen.</source>
        <translation>El receptor no admite HTTP sin cifrar en %1, donde le llegan otros equipos además de este: dele un certificado y una clave TLS (payoutdesk-cli listener tls CERT KEY), o déjelo en 127.0.0.1 detrás de un proxy inverso que hable HTTPS, o inícielo con --insecure-listen.</translation>
    </message>
</context>
<context>
    <name>pd::ExchangeSiteClient</name>
    <message>
        <source>The route must be the exchange direction&apos;s 24-character ObjectId.</source>
        <translation>La ruta debe ser el ObjectId de 24 caracteres de la ruta de cambio.</translation>
    </message>
    <message>
        <source>The amount must be a positive decimal number.</source>
        <translation>El importe debe ser un número decimal positivo.</translation>
    </message>
    <message>
        <source>The recipient&apos;s details (toValues) are missing.</source>
        <translation>Faltan los datos del destinatario (toValues).</translation>
    </message>
    <message>
        <source>Every detail needs a key.</source>
        <translation>Cada dato necesita una clave.</translation>
    </message>
    <message>
        <source>The client has to accept the exchange&apos;s terms (agreement).</source>
        <translation>El cliente debe aceptar las condiciones del cambio (agreement).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address.</source>
        <translation>«%1» no es una dirección http(s).</translation>
    </message>
    <message>
        <source>An IPN URL needs an IPN secret of at least 16 characters.</source>
        <translation>Una URL de IPN necesita un secreto IPN de al menos 16 caracteres.</translation>
    </message>
    <message>
        <source>The exchange site answered HTTP %1: %2</source>
        <translation>El sitio de cambio respondió HTTP %1: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>The exchange site&apos;s answer lacks the order&apos;s id, UID, secret, status or amounts.</source>
        <translation>A la respuesta del sitio de cambio le falta el id, el UID, el secreto, el estado o los importes de la orden.</translation>
    </message>
</context>
<context>
    <name>pd::ExportCommand</name>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>No se puede escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation>No se escribió nada en %1.</translation>
    </message>
</context>
<context>
    <name>pd::ExportDialog</name>
    <message>
        <source>&amp;Orders, one row each</source>
        <translation>Ó&amp;rdenes, una fila cada una</translation>
    </message>
    <message>
        <source>Their &amp;history, one row per status change</source>
        <translation>Su &amp;historial, una fila por cambio de estado</translation>
    </message>
    <message>
        <source>A &amp;date range:</source>
        <translation>Un &amp;intervalo de fechas:</translation>
    </message>
    <message>
        <source>Start with a UTF-8 &amp;byte order mark (for Excel)</source>
        <translation>Empezar con una marca de orden de &amp;bytes UTF-8 (para Excel)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>&amp;As the Orders page shows them: %1</source>
        <translation>&amp;Como las muestra la página Órdenes: %1</translation>
    </message>
    <message>
        <source>From the start of this day (the desk&apos;s time zone)</source>
        <translation>Desde el inicio de este día (zona horaria del puesto)</translation>
    </message>
    <message>
        <source>To the end of this day (the desk&apos;s time zone)</source>
        <translation>Hasta el final de este día (zona horaria del puesto)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ), for spreadsheets that use a decimal comma</source>
        <translation>Punto y coma ( ; ), para hojas de cálculo con coma decimal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimitador:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>UTF-8, RFC 4180. Amounts exactly as stored; times in ISO 8601 UTC. Cells a spreadsheet would run as a formula start with an apostrophe.</source>
        <translation>UTF-8, RFC 4180. Importes exactamente como se guardan; horas en ISO 8601 UTC. Las celdas que una hoja de cálculo ejecutaría como fórmula empiezan con un apóstrofo.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>currency %1</source>
        <translation>moneda %1</translation>
    </message>
    <message>
        <source>created from %1</source>
        <translation>creadas desde %1</translation>
    </message>
    <message>
        <source>created before %1</source>
        <translation>creadas antes de %1</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>búsqueda «%1»</translation>
    </message>
    <message>
        <source>every order</source>
        <translation>todas las órdenes</translation>
    </message>
    <message>
        <source>Status changes in a &amp;date range:</source>
        <translation>Cambios de estado en un &amp;intervalo de fechas:</translation>
    </message>
    <message>
        <source>Orders created in a &amp;date range:</source>
        <translation>Órdenes creadas en un &amp;intervalo de fechas:</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 es una carpeta: elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it when the export is complete?</source>
        <translation>%1 ya existe. ¿Reemplazarlo cuando termine la exportación?</translation>
    </message>
</context>
<context>
    <name>pd::ExportProgress</name>
    <message>
        <source>history</source>
        <translation>el historial</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>las órdenes</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>Exportando %1 a %2…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…
%3 of %4 rows</source>
        <translation>Exportando %1 a %2…
%3 de %4 filas</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>The export to %1 failed; no file was written.</source>
        <translation>La exportación a %1 falló; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>pd::FormBody</name>
    <message>
        <source>&quot;%1&quot; has no name=value.</source>
        <translation>«%1» no tiene name=value.</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; is not UTF-8 text.</source>
        <translation>La parte «%1» no es texto UTF-8.</translation>
    </message>
</context>
<context>
    <name>pd::HistoryTimeline</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Arrived as %1</source>
        <translation>Llegó como %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>payout: %1</source>
        <translation>pago: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
</context>
<context>
    <name>pd::IpnDeliveriesView</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Status sent</source>
        <translation>Estado enviado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>to be retried</source>
        <translation>se reintentará</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>%1 (%2 tries)</source>
        <translation>%1 (%2 intentos)</translation>
    </message>
</context>
<context>
    <name>pd::IpnInbox</name>
    <message>
        <source>Created by an IPN sent at %1.</source>
        <translation>Creada por un IPN enviado el %1.</translation>
    </message>
    <message>
        <source>An older IPN (&quot;%1&quot;, sent at %2) arrived late; the status was not rolled back.</source>
        <translation>Un IPN más antiguo («%1», enviado el %2) llegó tarde; el estado no se revirtió.</translation>
    </message>
    <message>
        <source>An IPN (&quot;%1&quot;, sent at %2) arrived while the desk is paying this order out; nothing was changed. Check the order with the exchange.</source>
        <translation>Llegó un IPN («%1», enviado el %2) mientras el puesto paga esta orden; no se cambió nada. Compruebe la orden con el sitio de cambio.</translation>
    </message>
    <message>
        <source>IPN &quot;%1&quot; sent at %2: nothing new.</source>
        <translation>IPN «%1» enviado el %2: nada nuevo.</translation>
    </message>
    <message>
        <source>amounts %1 → %2 %3, %4 → %5 %6</source>
        <translation>importes %1 → %2 %3, %4 → %5 %6</translation>
    </message>
    <message>
        <source>IPN sent at %1.</source>
        <translation>IPN enviado el %1.</translation>
    </message>
    <message>
        <source>IPN sent at %1; changed: %2.</source>
        <translation>IPN enviado el %1; cambió: %2.</translation>
    </message>
    <message>
        <source>The site says &quot;%1&quot; (IPN sent at %2), which cannot follow &quot;%3&quot;: not applied. Check the order with the exchange.</source>
        <translation>El sitio dice «%1» (IPN enviado a las %2), que no puede seguir a «%3»: no se aplicó. Compruebe la orden con el sitio de cambio.</translation>
    </message>
    <message>
        <source>It names another recipient (%1, where the order was pinned to %2): not applied. The order cannot be paid until a staff member accepts or refuses the new recipient.</source>
        <translation>Indica otro destinatario (%1, cuando la orden estaba fijada a %2): no se aplicó. La orden no puede pagarse hasta que un miembro del personal acepte o rechace el nuevo destinatario.</translation>
    </message>
    <message>
        <source>Order %1 is neither new nor in the book.</source>
        <translation>El pedido %1 no es nuevo, pero tampoco está en el libro.</translation>
    </message>
</context>
<context>
    <name>pd::IpnMessage</name>
    <message>
        <source>toValues has more than %1 entries.</source>
        <translation>toValues tiene más de %1 entradas.</translation>
    </message>
    <message>
        <source>The field %1 is given twice.</source>
        <translation>El campo %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>The field %1 is missing.</source>
        <translation>Falta el campo %1.</translation>
    </message>
    <message>
        <source>orderUID must be a positive number.</source>
        <translation>orderUID debe ser un número positivo.</translation>
    </message>
    <message>
        <source>orderId must be a 24-character hexadecimal ObjectId.</source>
        <translation>orderId debe ser un ObjectId hexadecimal de 24 caracteres.</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is not one of the protocol&apos;s statuses.</source>
        <translation>El estado «%1» no es uno de los estados del protocolo.</translation>
    </message>
    <message>
        <source>inAmount and outAmount must be decimal numbers.</source>
        <translation>inAmount y outAmount deben ser números decimales.</translation>
    </message>
    <message>
        <source>timestamp must be unix time in milliseconds.</source>
        <translation>timestamp debe ser una hora unix en milisegundos.</translation>
    </message>
    <message>
        <source>xml_from and xml_to must be currency codes.</source>
        <translation>xml_from y xml_to deben ser códigos de moneda.</translation>
    </message>
    <message>
        <source>toValues is given both as JSON and in brackets.</source>
        <translation>toValues aparece a la vez como JSON y entre corchetes.</translation>
    </message>
    <message>
        <source>toValues is not a JSON array of {key, name, value}.</source>
        <translation>toValues no es una lista JSON de {key, name, value}.</translation>
    </message>
    <message>
        <source>toValues holds text that is not valid Unicode (half of a surrogate pair).</source>
        <translation>toValues contiene texto que no es Unicode válido (media pareja sustituta).</translation>
    </message>
    <message>
        <source>toValues[%1] is missing.</source>
        <translation>Falta toValues[%1].</translation>
    </message>
    <message>
        <source>The body is not a form: %1</source>
        <translation>El cuerpo no es un formulario: %1</translation>
    </message>
</context>
<context>
    <name>pd::IpnRoute</name>
    <message>
        <source>IPNs are not taken at the moment.</source>
        <translation>En este momento no se aceptan IPN.</translation>
    </message>
    <message>
        <source>IPNs are sent with POST.</source>
        <translation>Los IPN se envían con POST.</translation>
    </message>
    <message>
        <source>Not a POST: %1</source>
        <translation>No es un POST: %1</translation>
    </message>
    <message>
        <source>The body has %1 bytes; an IPN may have at most %2.</source>
        <translation>El cuerpo tiene %1 bytes; un IPN puede tener como máximo %2.</translation>
    </message>
    <message>
        <source>The desk has no IPN secret to check the checksum with (%1). Set it under Settings.</source>
        <translation>El puesto no tiene un secreto IPN con el que comprobar la suma de control (%1). Configúrelo en Ajustes.</translation>
    </message>
    <message>
        <source>none is stored</source>
        <translation>no hay ninguno guardado</translation>
    </message>
    <message>
        <source>Wrong checksum for order %1.</source>
        <translation>Suma de control incorrecta para la orden %1.</translation>
    </message>
    <message>
        <source>The IPN for order %1 was sent at %2, outside the %3-hour window.</source>
        <translation>El IPN de la orden %1 se envió el %2, fuera de la ventana de %3 horas.</translation>
    </message>
    <message>
        <source>Not stored, send it again: %1</source>
        <translation>No se guardó, envíelo de nuevo: %1</translation>
    </message>
    <message>
        <source>The IPN for order %1 is dated %2, more than %3 minute(s) ahead of the desk&apos;s clock.</source>
        <translation>El IPN de la orden %1 tiene fecha %2, más de %3 minuto(s) por delante del reloj del puesto.</translation>
    </message>
    <message>
        <source>The IPN for order %1 is refused: %2</source>
        <translation>El IPN de la orden %1 se rechaza: %2</translation>
    </message>
</context>
<context>
    <name>pd::IpnSender</name>
    <message>
        <source>The desk stopped while sending this IPN; it is not sent again, since it may have arrived.</source>
        <translation>El puesto se detuvo mientras enviaba este IPN; no se envía de nuevo, porque puede haber llegado.</translation>
    </message>
    <message>
        <source>The order or its IPN URL is gone.</source>
        <translation>La orden o su URL de IPN ya no existe.</translation>
    </message>
    <message>
        <source>No IPN secret for this order in the keychain: %1</source>
        <translation>No hay secreto IPN para esta orden en el llavero: %1</translation>
    </message>
    <message>
        <source>Answered HTTP %1: %2</source>
        <translation>Respondió HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::LimitsDialog</name>
    <message>
        <source>Minimum per payout</source>
        <translation>Mínimo por pago</translation>
    </message>
    <message>
        <source>Maximum per payout</source>
        <translation>Máximo por pago</translation>
    </message>
    <message>
        <source>Total per day (UTC)</source>
        <translation>Total por día (UTC)</translation>
    </message>
    <message>
        <source>Payouts per day (UTC)</source>
        <translation>Pagos por día (UTC)</translation>
    </message>
    <message>
        <source>Total per month (UTC)</source>
        <translation>Total por mes (UTC)</translation>
    </message>
    <message>
        <source>Payouts per month (UTC)</source>
        <translation>Pagos por mes (UTC)</translation>
    </message>
    <message>
        <source>Automatic payouts up to</source>
        <translation>Pagos automáticos hasta</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Fijar</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Quitar el seleccionado</translation>
    </message>
    <message>
        <source>Payout limits</source>
        <translation>Límites de pago</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>An amount, or a number of payouts</source>
        <translation>Un importe o un número de pagos</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Eliminado.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Second approval above</source>
        <translation>Segunda aprobación por encima de</translation>
    </message>
    <message>
        <source>Every provider</source>
        <translation>Todos los proveedores</translation>
    </message>
    <message>
        <source>Checked when a payout is claimed, on every desk of the book: a payout over a limit is not sent and waits in the queue with the reason. &quot;Automatic payouts up to&quot; turns automatic payouts on for that currency: orders up to the amount are paid without a click. &quot;Second approval above&quot; holds for every provider: a larger payout is sent only once two different staff members approved it.</source>
        <translation>Se comprueba al reclamar un pago, en cada puesto del libro: un pago por encima de un límite no se envía y espera en la cola con el motivo. «Pagos automáticos hasta» activa los pagos automáticos para esa moneda: las órdenes hasta ese importe se pagan sin clic. «Segunda aprobación por encima de» vale para todos los proveedores: un pago mayor se envía solo cuando lo aprobaron dos miembros distintos del personal.</translation>
    </message>
    <message>
        <source>Saved. On one desk every approval is its OS user&apos;s: a payout above it needs a second OS user opening this workspace, or a team&apos;s order book.</source>
        <translation>Guardado. En un solo puesto cada aprobación es de su usuario del sistema: un pago por encima necesita un segundo usuario del sistema que abra este espacio de trabajo, o un libro de órdenes de equipo.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The limits cannot be read: %1</source>
        <translation>No se pueden leer los límites: %1</translation>
    </message>
</context>
<context>
    <name>pd::ListenerTls</name>
    <message>
        <source>The password of the listener&apos;s TLS key cannot be read from the keychain: %1</source>
        <translation>No se puede leer del llavero la contraseña de la clave TLS del receptor: %1</translation>
    </message>
    <message>
        <source>The listener&apos;s TLS needs both a certificate and a key file (settings %1 and %2).</source>
        <translation>El TLS del receptor necesita un certificado y un archivo de clave (ajustes %1 y %2).</translation>
    </message>
    <message>
        <source>No PEM certificate can be read from %1.</source>
        <translation>No se puede leer ningún certificado PEM de %1.</translation>
    </message>
    <message>
        <source>The TLS key %1 cannot be read: %2</source>
        <translation>No se puede leer la clave TLS %1: %2</translation>
    </message>
    <message>
        <source>The TLS key %1 cannot be opened: it is not a PEM private key, or it needs its password in the keychain.</source>
        <translation>No se puede abrir la clave TLS %1: no es una clave privada PEM, o necesita su contraseña en el llavero.</translation>
    </message>
    <message>
        <source>The TLS key %1 does not open with the password in the keychain.</source>
        <translation>La clave TLS %1 no se abre con la contraseña del llavero.</translation>
    </message>
</context>
<context>
    <name>pd::MainWindow</name>
    <message>
        <source>PayoutDesk — %1</source>
        <translation>PayoutDesk — %1</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Órdenes</translation>
    </message>
    <message>
        <source>Payout queue</source>
        <translation>Cola de pagos</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Carpeta de trabajo: %1</translation>
    </message>
    <message>
        <source>Order UID %1 created on the exchange site.</source>
        <translation>Orden UID %1 creada en el sitio de cambio.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New order on the exchange site…</source>
        <translation>&amp;Nueva orden en el sitio de cambio…</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>&amp;Importar órdenes…</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportar a CSV…</translation>
    </message>
    <message>
        <source>Open workspace &amp;folder</source>
        <translation>Abrir la &amp;carpeta de trabajo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find order…</source>
        <translation>&amp;Buscar orden…</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>Copy order &amp;id</source>
        <translation>Copiar el &amp;id de la orden</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>Ó&amp;rdenes</translation>
    </message>
    <message>
        <source>Payout &amp;queue</source>
        <translation>&amp;Cola de pagos</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>&amp;Proveedores</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>Acti&amp;vidad</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>Or&amp;den</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>&amp;Abrir orden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About PayoutDesk</source>
        <translation>&amp;Acerca de PayoutDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Payout failed</source>
        <translation>El pago falló</translation>
    </message>
    <message>
        <source>The payout of order %1 failed; it is back in the queue as a payout error.</source>
        <translation>El pago de la orden %1 falló; vuelve a la cola como error de pago.</translation>
    </message>
    <message>
        <source>Payout needs attention</source>
        <translation>El pago necesita atención</translation>
    </message>
    <message>
        <source>The outcome of the payout of order %1 is not known yet.</source>
        <translation>Aún no se conoce el resultado del pago de la orden %1.</translation>
    </message>
    <message numerus="yes">
        <source>PayoutDesk: %n payout(s) waiting</source>
        <translation>
            <numerusform>PayoutDesk: %n pago en espera</numerusform>
            <numerusform>PayoutDesk: %n pagos en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>PayoutDesk: no payout waiting</source>
        <translation>PayoutDesk: ningún pago en espera</translation>
    </message>
    <message>
        <source>Payout queue (%1)</source>
        <translation>Cola de pagos (%1)</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>Importar órdenes</translation>
    </message>
    <message>
        <source>Orders (*.json *.jsonl *.csv);;All files (*)</source>
        <translation>Órdenes (*.json *.jsonl *.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n fila a %1.</numerusform>
            <numerusform>Se exportaron %n filas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportación cancelada: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Ya hay una importación en curso.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n bad row(s); no order was imported. Fix them and import the file again.</source>
        <translation>
            <numerusform>El archivo tiene %n fila incorrecta; no se importó ninguna orden. Corríjala e importe el archivo de nuevo.</numerusform>
            <numerusform>El archivo tiene %n filas incorrectas; no se importó ninguna orden. Corríjalas e importe el archivo de nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n order(s).</source>
        <translation>
            <numerusform>Se importó %n orden.</numerusform>
            <numerusform>Se importaron %n órdenes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the selected order</source>
        <translation>Abrir la orden seleccionada</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>Order &amp;book (team mode)…</source>
        <translation>&amp;Libro de órdenes (modo de equipo)…</translation>
    </message>
    <message>
        <source>Payout &amp;limits…</source>
        <translation>&amp;Límites de pago…</translation>
    </message>
    <message>
        <source>&amp;Blocked recipients…</source>
        <translation>&amp;Destinatarios bloqueados…</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión de %1 (%2)</translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation>&amp;Personal…</translation>
    </message>
    <message>
        <source>demo workspace</source>
        <translation>carpeta de demostración</translation>
    </message>
    <message>
        <source>team book %1</source>
        <translation>libro del equipo %1</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Conciliación</translation>
    </message>
    <message numerus="yes">
        <source>Reconciliation with %1: %n mismatch(es) open, waiting for a person.</source>
        <translation>
            <numerusform>Conciliación con %1: %n discrepancia abierta, espera a una persona.</numerusform>
            <numerusform>Conciliación con %1: %n discrepancias abiertas, esperan a una persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconciliation mismatch</source>
        <translation>Discrepancia en la conciliación</translation>
    </message>
    <message>
        <source>&amp;Reconciliation</source>
        <translation>&amp;Conciliación</translation>
    </message>
</context>
<context>
    <name>pd::Manifest</name>
    <message>
        <source>The manifest is not a JSON object: %1</source>
        <translation>El manifiesto no es un objeto JSON: %1</translation>
    </message>
    <message>
        <source>The manifest&apos;s type must be &quot;payout&quot;.</source>
        <translation>El tipo del manifiesto debe ser «payout».</translation>
    </message>
    <message>
        <source>The manifest needs a name and a title.</source>
        <translation>El manifiesto necesita un nombre y un título.</translation>
    </message>
    <message>
        <source>poll_interval_seconds must be at least 5.</source>
        <translation>poll_interval_seconds debe ser al menos 5.</translation>
    </message>
    <message>
        <source>required_config.%1 must be 1 (shown) or 2 (secret).</source>
        <translation>required_config.%1 debe ser 1 (visible) o 2 (secreto).</translation>
    </message>
    <message>
        <source>Cannot read the manifest %1.</source>
        <translation>No se puede leer el manifiesto %1.</translation>
    </message>
</context>
<context>
    <name>pd::MerchantCommand</name>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source>Created order UID %1 (%2): %3, pays %4 %5 for %6 %7.</source>
        <translation>Creada la orden UID %1 (%2): %3, paga %4 %5 por %6 %7.</translation>
    </message>
    <message>
        <source>Give http(s) addresses, e.g. https://www.kryptoswap.io</source>
        <translation>Indique direcciones http(s), p. ej. https://www.kryptoswap.io</translation>
    </message>
    <message>
        <source>The exchange site is %1.</source>
        <translation>El sitio de cambio es %1.</translation>
    </message>
    <message>
        <source>Which secret: &quot;ipn&quot; (the desk&apos;s IPN secret) or &quot;token&quot; (the exchange site&apos;s API token).</source>
        <translation>Qué secreto: «ipn» (el secreto IPN del puesto) o «token» (el token de API del sitio de cambio).</translation>
    </message>
    <message>
        <source>Nothing came on standard input; nothing was stored.</source>
        <translation>No llegó nada por la entrada estándar; no se guardó nada.</translation>
    </message>
    <message>
        <source>The IPN secret is in the keychain.</source>
        <translation>El secreto IPN está en el llavero.</translation>
    </message>
    <message>
        <source>The exchange site&apos;s API token is in the keychain.</source>
        <translation>El token de API del sitio de cambio está en el llavero.</translation>
    </message>
</context>
<context>
    <name>pd::MismatchModel</name>
    <message>
        <source>At the provider, not in the desk</source>
        <translation>En el proveedor, no en PayoutDesk</translation>
    </message>
    <message>
        <source>Paid in the desk, not at the provider</source>
        <translation>Pagado en PayoutDesk, no en el proveedor</translation>
    </message>
    <message>
        <source>Another amount</source>
        <translation>Otro importe</translation>
    </message>
    <message>
        <source>Another currency</source>
        <translation>Otra moneda</translation>
    </message>
    <message>
        <source>Another destination</source>
        <translation>Otro destino</translation>
    </message>
    <message>
        <source>More than one payout for the order</source>
        <translation>Más de un pago para la orden</translation>
    </message>
    <message>
        <source>The outcomes disagree</source>
        <translation>Los resultados no coinciden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Resolved by %1, %2: %3</source>
        <translation>Resuelta por %1, %2: %3</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Hallada</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Discrepancia</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>In the desk</source>
        <translation>En PayoutDesk</translation>
    </message>
    <message>
        <source>At the provider</source>
        <translation>En el proveedor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>pd::NewOrderDialog</name>
    <message>
        <source>New order on the exchange site</source>
        <translation>Nueva orden en el sitio de cambio</translation>
    </message>
    <message>
        <source>the direction&apos;s 24-character id</source>
        <translation>el id de 24 caracteres de la ruta</translation>
    </message>
    <message>
        <source>what the client pays, e.g. 0.015</source>
        <translation>lo que paga el cliente, p. ej. 0.015</translation>
    </message>
    <message>
        <source>The client accepts the exchange&apos;s terms</source>
        <translation>El cliente acepta las condiciones del cambio</translation>
    </message>
    <message>
        <source>Hide the recipient&apos;s details from the client&apos;s page</source>
        <translation>Ocultar los datos del destinatario en la página del cliente</translation>
    </message>
    <message>
        <source>optional: where this order&apos;s IPNs go</source>
        <translation>opcional: adónde van los IPN de esta orden</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Nuevo secreto</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Ruta:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Socio:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Client&apos;s details (fromValues):</source>
        <translation>Datos del cliente (fromValues):</translation>
    </message>
    <message>
        <source>&amp;Recipient (toValues):</source>
        <translation>&amp;Destinatario (toValues):</translation>
    </message>
    <message>
        <source>Direction&apos;s details (routeValues):</source>
        <translation>Datos de la ruta (routeValues):</translation>
    </message>
    <message>
        <source>Client returns to:</source>
        <translation>El cliente vuelve a:</translation>
    </message>
    <message>
        <source>&amp;IPN URL:</source>
        <translation>URL de &amp;IPN:</translation>
    </message>
    <message>
        <source>IPN secret:</source>
        <translation>Secreto IPN:</translation>
    </message>
    <message>
        <source>Create order</source>
        <translation>Crear orden</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Asking the exchange site…</source>
        <translation>Consultando al sitio de cambio…</translation>
    </message>
</context>
<context>
    <name>pd::Order</name>
    <message>
        <source>The order id &quot;%1&quot; is not a 24-character hexadecimal ObjectId.</source>
        <translation>El id de orden «%1» no es un ObjectId hexadecimal de 24 caracteres.</translation>
    </message>
    <message>
        <source>The order UID must be a positive number.</source>
        <translation>El UID de la orden debe ser un número positivo.</translation>
    </message>
    <message>
        <source>The %1 currency &quot;%2&quot; is not a known XML code.</source>
        <translation>La moneda (%1) «%2» no es un código XML conocido.</translation>
    </message>
    <message>
        <source>The %1 amount %2 has more decimals than %3 allows (%4).</source>
        <translation>El importe (%1) %2 tiene más decimales de los que permite %3 (%4).</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>de entrada</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>de salida</translation>
    </message>
    <message>
        <source>The order has no creation time.</source>
        <translation>La orden no tiene hora de creación.</translation>
    </message>
    <message>
        <source>A recipient field has no key.</source>
        <translation>Un campo del destinatario no tiene clave.</translation>
    </message>
    <message>
        <source>The %1 amount %2 is not positive.</source>
        <translation>El importe %1 %2 no es positivo.</translation>
    </message>
    <message>
        <source>The %1 amount %2 is above the book&apos;s maximum of %3.</source>
        <translation>El importe %1 %2 supera el máximo del libro, %3.</translation>
    </message>
    <message>
        <source>The recipient field &quot;%1&quot; holds a control character or text that is not valid Unicode.</source>
        <translation>El campo del destinatario «%1» contiene un carácter de control o texto que no es Unicode válido.</translation>
    </message>
</context>
<context>
    <name>pd::OrderBookDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>&amp;Use this book</source>
        <translation>&amp;Usar este libro</translation>
    </message>
    <message>
        <source>&amp;Move this desk&apos;s book there…</source>
        <translation>&amp;Mover allí el libro de este puesto…</translation>
    </message>
    <message>
        <source>Back to this folder&apos;s SQLite book</source>
        <translation>Volver al libro SQLite de esta carpeta</translation>
    </message>
    <message>
        <source>Order book</source>
        <translation>Libro de órdenes</translation>
    </message>
    <message>
        <source>From the keychain (or PGPASSWORD / ~/.pgpass) when empty</source>
        <translation>Del llavero (o de PGPASSWORD / ~/.pgpass) si está vacío</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Rows here</source>
        <translation>Filas aquí</translation>
    </message>
    <message>
        <source>Rows there</source>
        <translation>Filas allí</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>This desk&apos;s book:</source>
        <translation>Libro de este puesto:</translation>
    </message>
    <message>
        <source>PostgreSQL server:</source>
        <translation>Servidor PostgreSQL:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Team mode: several desks share one order book on PostgreSQL. A desk opens the book chosen here from its next start; moving copies every order, history entry and payout attempt into an empty database, all or nothing, and checks every table on both sides.</source>
        <translation>Modo de equipo: varios puestos comparten un libro de órdenes en PostgreSQL. Un puesto abre el libro elegido aquí desde su próximo inicio; mover copia cada orden, entrada del historial e intento de pago a una base de datos vacía, todo o nada, y comprueba cada tabla en ambos lados.</translation>
    </message>
    <message>
        <source>Back to SQLite</source>
        <translation>Volver a SQLite</translation>
    </message>
    <message>
        <source>From its next start this desk opens the SQLite book in its folder again. Nothing is copied back from PostgreSQL.</source>
        <translation>Desde su próximo inicio, este puesto vuelve a abrir el libro SQLite de su carpeta. No se copia nada de vuelta desde PostgreSQL.</translation>
    </message>
    <message>
        <source>From the next start this desk uses the SQLite book in %1.</source>
        <translation>Desde el próximo inicio, este puesto usa el libro SQLite de %1.</translation>
    </message>
    <message>
        <source>PostgreSQL, %1</source>
        <translation>PostgreSQL, %1</translation>
    </message>
    <message>
        <source>SQLite, %1</source>
        <translation>SQLite, %1</translation>
    </message>
    <message>
        <source>From the next start: the SQLite book in this folder.</source>
        <translation>Desde el próximo inicio: el libro SQLite de esta carpeta.</translation>
    </message>
    <message>
        <source>From the next start: %1</source>
        <translation>Desde el próximo inicio: %1</translation>
    </message>
    <message>
        <source>An order book address looks like postgresql://user@host:5432/database.</source>
        <translation>Una dirección de libro de órdenes tiene este aspecto: postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Use this book</source>
        <translation>Usar este libro</translation>
    </message>
    <message>
        <source>From its next start this desk opens the order book at %1 instead of the one it uses now. Nothing is copied.</source>
        <translation>Desde su próximo inicio, este puesto abre el libro de órdenes de %1 en lugar del que usa ahora. No se copia nada.</translation>
    </message>
    <message>
        <source>From the next start this desk uses the order book at %1. Restart PayoutDesk to open it.</source>
        <translation>Desde el próximo inicio, este puesto usa el libro de órdenes de %1. Reinicie PayoutDesk para abrirlo.</translation>
    </message>
    <message>
        <source>Move the order book</source>
        <translation>Mover el libro de órdenes</translation>
    </message>
    <message>
        <source>Every order, history entry, payout attempt and setting of this desk&apos;s book is copied into the empty database at %1, all or nothing, and then checked table by table. From its next start this desk uses that book; its SQLite file stays as it is. Pay nothing on this desk until it has restarted.</source>
        <translation>Cada orden, entrada del historial, intento de pago y ajuste del libro de este puesto se copia a la base de datos vacía de %1, todo o nada, y luego se comprueba tabla por tabla. Desde su próximo inicio, este puesto usa ese libro; su archivo SQLite queda como está. No pague nada desde este puesto hasta que se haya reiniciado.</translation>
    </message>
    <message>
        <source>Moving the order book…</source>
        <translation>Moviendo el libro de órdenes…</translation>
    </message>
    <message>
        <source>Moving %1: %2 of %3 rows</source>
        <translation>Moviendo %1: %2 de %3 filas</translation>
    </message>
    <message>
        <source>Moved: every table matches. From the next start this desk uses the order book at %1; restart PayoutDesk now.</source>
        <translation>Movido: todas las tablas coinciden. Desde el próximo inicio, este puesto usa el libro de órdenes de %1; reinicie PayoutDesk ahora.</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>No se movió: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
</context>
<context>
    <name>pd::OrderBookService</name>
    <message>
        <source>Cannot connect to %1.</source>
        <translation>No se puede conectar con %1.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: PostgreSQL %1, an order book with %n order(s).</source>
        <translation>
            <numerusform>Conectado: PostgreSQL %1, un libro de pedidos con %n pedido.</numerusform>
            <numerusform>Conectado: PostgreSQL %1, un libro de pedidos con %n pedidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1, an empty database (a move can go there).</source>
        <translation>Conectado: PostgreSQL %1, una base vacía (se puede mover ahí).</translation>
    </message>
    <message>
        <source>This desk&apos;s book is on PostgreSQL already.</source>
        <translation>El libro de este puesto ya está en PostgreSQL.</translation>
    </message>
    <message>
        <source>The move did not finish.</source>
        <translation>El traslado no terminó.</translation>
    </message>
</context>
<context>
    <name>pd::OrderCreator</name>
    <message>
        <source>The exchange site&apos;s API address is not set (Settings, &quot;%1&quot;).</source>
        <translation>La dirección de la API del sitio de cambio no está configurada (Ajustes, «%1»).</translation>
    </message>
    <message>
        <source>No API token for the exchange site in the keychain: %1</source>
        <translation>No hay token de API del sitio de cambio en el llavero: %1</translation>
    </message>
    <message>
        <source>Created through the desk on the exchange site (route %1).</source>
        <translation>Creada desde el puesto en el sitio de cambio (ruta %1).</translation>
    </message>
    <message>
        <source>The exchange site created order %1 (UID %2), but the desk could not store it: %3</source>
        <translation>El sitio de cambio creó la orden %1 (UID %2), pero el puesto no pudo guardarla: %3</translation>
    </message>
    <message>
        <source>Order UID %1 created on the exchange site.</source>
        <translation>Orden UID %1 creada en el sitio de cambio.</translation>
    </message>
    <message>
        <source>Order UID %1 was created, but its IPN secret could not be kept in the keychain (its IPNs cannot be signed): %2</source>
        <translation>Se creó la orden UID %1, pero su secreto IPN no se pudo guardar en el llavero (sus IPN no se pueden firmar): %2</translation>
    </message>
    <message>
        <source>The exchange site answered with order %1 (UID %2), which the desk refuses: %3</source>
        <translation>El sitio de cambio respondió con la orden %1 (UID %2), que el puesto rechaza: %3</translation>
    </message>
</context>
<context>
    <name>pd::OrderDialog</name>
    <message>
        <source>The order %1 is no longer in the book.</source>
        <translation>La orden %1 ya no está en el libro.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Orden %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>UID:</source>
        <translation>UID:</translation>
    </message>
    <message>
        <source>Order id:</source>
        <translation>Id de la orden:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Client pays:</source>
        <translation>El cliente paga:</translation>
    </message>
    <message>
        <source>Payout:</source>
        <translation>Pago:</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Ruta:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Socio:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creada:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Modificada:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>No recipient details.</source>
        <translation>No hay datos del destinatario.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>IPNs sent by the desk</source>
        <translation>IPN enviados por el puesto</translation>
    </message>
    <message>
        <source>Copy order id</source>
        <translation>Copiar el id de la orden</translation>
    </message>
    <message>
        <source>Copy UID</source>
        <translation>Copiar el UID</translation>
    </message>
    <message>
        <source>Accept the new recipient</source>
        <translation>Aceptar el nuevo destinatario</translation>
    </message>
    <message>
        <source>Keep the pinned recipient</source>
        <translation>Conservar el destinatario fijado</translation>
    </message>
    <message>
        <source>Why is the recipient the site sent the right one? (kept in the order&apos;s history)</source>
        <translation>¿Por qué es correcto el destinatario que envió el sitio? (se guarda en el historial de la orden)</translation>
    </message>
    <message>
        <source>Why is the new recipient refused? (kept in the order&apos;s history)</source>
        <translation>¿Por qué se rechaza el nuevo destinatario? (se guarda en el historial de la orden)</translation>
    </message>
    <message>
        <source>Another recipient sent by the exchange site</source>
        <translation>Otro destinatario enviado por el sitio de cambio</translation>
    </message>
    <message>
        <source>An IPN named another recipient on %1. The checksum does not cover the recipient, so it is not taken on its word: the order is paid to neither until a staff member accepts it or keeps the pinned one above.</source>
        <translation>Un IPN indicó otro destinatario el %1. La suma de control no cubre el destinatario, así que no se acepta sin más: la orden no se paga a ninguno hasta que un miembro del personal lo acepte o conserve el fijado de arriba.</translation>
    </message>
    <message>
        <source>Accept the new recipient…</source>
        <translation>Aceptar el nuevo destinatario…</translation>
    </message>
    <message>
        <source>Keep the pinned recipient…</source>
        <translation>Conservar el destinatario fijado…</translation>
    </message>
    <message>
        <source>The exchange site says &quot;%1&quot;, which cannot follow &quot;%2&quot;: not applied. Check the order with the exchange.</source>
        <translation>El sitio de cambio dice «%1», que no puede seguir a «%2»: no se aplicó. Compruebe la orden con el sitio de cambio.</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Sitio:</translation>
    </message>
    <message>
        <source>Reading the order…</source>
        <translation>Leyendo el pedido…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Retener…</translation>
    </message>
    <message>
        <source>Release hold…</source>
        <translation>Liberar…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <source>Retry…</source>
        <translation>Reintentar…</translation>
    </message>
    <message>
        <source>Mark paid manually…</source>
        <translation>Marcar pagado a mano…</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar: %1</translation>
    </message>
</context>
<context>
    <name>pd::OrderImporter</name>
    <message>
        <source>Order %1 (UID %2) appears twice in the file.</source>
        <translation>La orden %1 (UID %2) aparece dos veces en el archivo.</translation>
    </message>
    <message>
        <source>Order %1 (UID %2) is already in the book.</source>
        <translation>La orden %1 (UID %2) ya está en el libro.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Import refused: %1 problem(s), the first at line %2.</source>
        <translation>Importación rechazada: %1 problema(s), el primero en la línea %2.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importada de %1</translation>
    </message>
</context>
<context>
    <name>pd::OrderLines</name>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Copy the whole recipient</source>
        <translation>Copiar el destinatario completo</translation>
    </message>
</context>
<context>
    <name>pd::OrderRecord</name>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Campo desconocido «%1».</translation>
    </message>
    <message>
        <source>The UID &quot;%1&quot; is not a number.</source>
        <translation>El UID «%1» no es un número.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Estado desconocido «%1».</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 «%2»: %3</translation>
    </message>
    <message>
        <source>toValues must be a JSON array of {key, name, value}.</source>
        <translation>toValues debe ser una lista JSON de {key, name, value}.</translation>
    </message>
    <message>
        <source>createdAt &quot;%1&quot; is neither ISO 8601 with a zone nor unix milliseconds.</source>
        <translation>createdAt «%1» no es ISO 8601 con zona ni milisegundos unix.</translation>
    </message>
    <message>
        <source>updatedAt &quot;%1&quot; is neither ISO 8601 with a zone nor unix milliseconds.</source>
        <translation>updatedAt «%1» no es ISO 8601 con zona ni milisegundos unix.</translation>
    </message>
</context>
<context>
    <name>pd::OrderStream</name>
    <message>
        <source>The order is not UTF-8 text.</source>
        <translation>La orden no es texto UTF-8.</translation>
    </message>
    <message>
        <source>Not a JSON order object: %1.</source>
        <translation>No es un objeto JSON de orden: %1.</translation>
    </message>
    <message>
        <source>Each element must be an order object.</source>
        <translation>Cada elemento debe ser un objeto de orden.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The JSON array is not closed.</source>
        <translation>El array JSON no está cerrado.</translation>
    </message>
    <message>
        <source>An element of the JSON array is empty.</source>
        <translation>Un elemento del array JSON está vacío.</translation>
    </message>
    <message>
        <source>An order is longer than %1 bytes.</source>
        <translation>Una orden supera los %1 bytes.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The line is not UTF-8 text.</source>
        <translation>La línea no es texto UTF-8.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 campos donde la cabecera tiene %2.</translation>
    </message>
</context>
<context>
    <name>pd::OrderTableModel</name>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Client pays</source>
        <translation>El cliente paga</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Id de la orden</translation>
    </message>
</context>
<context>
    <name>pd::OrdersPage</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n orden</numerusform>
            <numerusform>%n órdenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the order book: %1</source>
        <translation>No se puede leer el libro de órdenes: %1</translation>
    </message>
    <message>
        <source>Search by UID, order id or recipient (Ctrl+F)</source>
        <translation>Buscar por UID, id de orden o destinatario (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Todas las monedas</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Fechas…</translation>
    </message>
    <message>
        <source>Created on or after</source>
        <translation>Creadas desde</translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation>Creadas hasta</translation>
    </message>
    <message>
        <source>No orders in the book yet. They arrive from the exchange site (IPN), or with File → New order (Ctrl+N) or File → Import orders.</source>
        <translation>Aún no hay órdenes en el libro. Llegan del sitio de cambio (IPN), o con Archivo → Nueva orden (Ctrl+N) o Archivo → Importar órdenes.</translation>
    </message>
    <message>
        <source>No order matches these filters. Clear filters (Ctrl+Shift+L) to see every order.</source>
        <translation>Ninguna orden coincide con estos filtros. Quite los filtros (Ctrl+Shift+L) para ver todas las órdenes.</translation>
    </message>
    <message>
        <source>Several…</source>
        <translation>Varios…</translation>
    </message>
    <message>
        <source>Tick several statuses to see their orders together</source>
        <translation>Marque varios estados para ver sus órdenes juntas</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n estado</numerusform>
            <numerusform>%n estados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::PaymentLinks</name>
    <message>
        <source>The order has no secret: it was not created through the exchange site&apos;s merchant API.</source>
        <translation>La orden no tiene secreto: no se creó mediante la API de comercio del sitio de cambio.</translation>
    </message>
    <message>
        <source>Set the exchange site&apos;s address under Settings to get the client&apos;s links.</source>
        <translation>Configure la dirección del sitio de cambio en Ajustes para obtener los enlaces del cliente.</translation>
    </message>
</context>
<context>
    <name>pd::PayoutCommand</name>
    <message>
        <source>No order &quot;%1&quot;.</source>
        <translation>No existe la orden «%1».</translation>
    </message>
    <message>
        <source>Order %1 (UID %2): %3</source>
        <translation>Orden %1 (UID %2): %3</translation>
    </message>
    <message>
        <source>Asked the providers about %1 open payout(s).</source>
        <translation>Se preguntó a los proveedores por %1 pago(s) abierto(s).</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>No se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <source>This desk now polls the open payouts of %1.</source>
        <translation>Este puesto consulta ahora los pagos abiertos de %1.</translation>
    </message>
    <message>
        <source>No provider pays out %1: choose one with --provider, or as the currency&apos;s default (setting payout.default.%1).</source>
        <translation>Ningún proveedor paga %1: elija uno con --provider, o como el predeterminado de la moneda (ajuste payout.default.%1).</translation>
    </message>
    <message>
        <source>%1 payout(s): %2 paid, %3 pending at the provider, %4 already paid by another desk, %5 awaiting a second approval, %6 not paid.</source>
        <translation>%1 pago(s): %2 pagados, %3 pendientes en el proveedor, %4 ya pagados por otro puesto, %5 esperando una segunda aprobación, %6 sin pagar.</translation>
    </message>
    <message>
        <source>Listening on %1:%2 (%3) for provider webhooks (POST /webhook/&lt;provider&gt;) and the exchange&apos;s IPNs (POST /ipn); polling open payouts. Ctrl+C stops.</source>
        <translation>Escuchando en %1:%2 (%3) los webhooks de los proveedores (POST /webhook/&lt;provider&gt;) y los IPN del sitio (POST /ipn); consultando los pagos abiertos. Ctrl+C detiene.</translation>
    </message>
    <message>
        <source>A %1 may not change payouts.</source>
        <translation>Un %1 no puede cambiar pagos.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
</context>
<context>
    <name>pd::PayoutEngine</name>
    <message>
        <source>%1 is not configured: %2 missing.</source>
        <translation>%1 no está configurado: falta %2.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 está desactivado.</translation>
    </message>
    <message>
        <source>Cancelled before it started: nothing was sent.</source>
        <translation>Cancelado antes de empezar: no se envió nada.</translation>
    </message>
    <message>
        <source>The order is &quot;%1&quot;, not waiting for a payout.</source>
        <translation>La orden está en «%1», no esperando su pago.</translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation>No existe esa orden.</translation>
    </message>
    <message>
        <source>The payout currency %1 is not known.</source>
        <translation>La moneda de pago %1 no es conocida.</translation>
    </message>
    <message>
        <source>%1 does not pay out %2.</source>
        <translation>%1 no paga %2.</translation>
    </message>
    <message>
        <source>Recipient refused, nothing was sent: %1</source>
        <translation>Destinatario rechazado, no se envió nada: %1</translation>
    </message>
    <message>
        <source>The balance could not be checked, nothing was sent: %1</source>
        <translation>No se pudo comprobar el saldo, no se envió nada: %1</translation>
    </message>
    <message>
        <source>Too little balance at %1: %2 %3 available, %4 needed. Nothing was sent.</source>
        <translation>Saldo insuficiente en %1: hay %2 %3 y se necesitan %4. No se envió nada.</translation>
    </message>
    <message>
        <source>Paid: transaction %1.</source>
        <translation>Pagado: transacción %1.</translation>
    </message>
    <message>
        <source>Accepted, waiting for the provider: transaction %1.</source>
        <translation>Aceptado, a la espera del proveedor: transacción %1.</translation>
    </message>
    <message>
        <source>No clear answer (%1): the payout will be looked up by its reference %2, never sent again on its own.</source>
        <translation>Sin respuesta clara (%1): el pago se buscará por su referencia %2 y nunca se volverá a enviar por sí solo.</translation>
    </message>
    <message>
        <source>Refused by the provider: %1</source>
        <translation>Rechazado por el proveedor: %1</translation>
    </message>
    <message>
        <source>The provider confirms the payout (%1).</source>
        <translation>El proveedor confirma el pago (%1).</translation>
    </message>
    <message>
        <source>The provider says the payout failed (%1).</source>
        <translation>El proveedor indica que el pago falló (%1).</translation>
    </message>
    <message>
        <source>The provider wants a person to look at this payout: %1</source>
        <translation>El proveedor pide que una persona revise este pago: %1</translation>
    </message>
    <message>
        <source>The provider has the payout and is processing it.</source>
        <translation>El proveedor tiene el pago y lo está procesando.</translation>
    </message>
    <message>
        <source>Sent again with the same reference %1, as the provider allows: paid, transaction %2.</source>
        <translation>Enviado de nuevo con la misma referencia %1, como permite el proveedor: pagado, transacción %2.</translation>
    </message>
    <message>
        <source>Sent again with the same reference %1, as the provider allows: accepted, transaction %2.</source>
        <translation>Enviado de nuevo con la misma referencia %1, como permite el proveedor: aceptado, transacción %2.</translation>
    </message>
    <message>
        <source>Sent again with the same reference %1, as the provider allows: %2. It stays unknown.</source>
        <translation>Enviado de nuevo con la misma referencia %1, como permite el proveedor: %2. Sigue sin saberse el resultado.</translation>
    </message>
</context>
<context>
    <name>pd::PayoutLimits</name>
    <message>
        <source>A count limit is a whole number, 0 or more.</source>
        <translation>Un límite de cantidad es un número entero, 0 o más.</translation>
    </message>
    <message>
        <source>An amount limit is a decimal amount, 0 or more.</source>
        <translation>Un límite de importe es un importe decimal, 0 o más.</translation>
    </message>
    <message>
        <source>The payout limits cannot be read: %1</source>
        <translation>No se pueden leer los límites de pago: %1</translation>
    </message>
    <message>
        <source>The payouts so far cannot be read: %1</source>
        <translation>No se pueden leer los pagos hechos hasta ahora: %1</translation>
    </message>
    <message>
        <source>Below the minimum payout of %1 %2 through %3.</source>
        <translation>Por debajo del pago mínimo de %1 %2 a través de %3.</translation>
    </message>
    <message>
        <source>Above the maximum payout of %1 %2 through %3: a person pays it another way or raises the limit.</source>
        <translation>Por encima del pago máximo de %1 %2 a través de %3: una persona lo paga de otro modo o sube el límite.</translation>
    </message>
    <message>
        <source>Over today&apos;s limit of %1 %2 through %3 (%4 already sent today, UTC).</source>
        <translation>Supera el límite diario de %1 %2 a través de %3 (%4 ya enviados hoy, UTC).</translation>
    </message>
    <message>
        <source>Over this month&apos;s limit of %1 %2 through %3 (%4 already sent this month, UTC).</source>
        <translation>Supera el límite mensual de %1 %2 a través de %3 (%4 ya enviados este mes, UTC).</translation>
    </message>
    <message>
        <source>Over today&apos;s limit of %1 payouts in %2 through %3.</source>
        <translation>Supera el límite diario de %1 pagos en %2 a través de %3.</translation>
    </message>
    <message>
        <source>Over this month&apos;s limit of %1 payouts in %2 through %3.</source>
        <translation>Supera el límite mensual de %1 pagos en %2 a través de %3.</translation>
    </message>
    <message>
        <source>A second approval is needed per currency, whichever provider pays.</source>
        <translation>La segunda aprobación se fija por moneda, pague el proveedor que pague.</translation>
    </message>
    <message>
        <source>This limit is set per provider.</source>
        <translation>Este límite se fija por proveedor.</translation>
    </message>
</context>
<context>
    <name>pd::PayoutPoller</name>
    <message>
        <source>Still unresolved after %1 checks with the provider: needs a person.</source>
        <translation>Sin resolver tras %1 consultas al proveedor: necesita una persona.</translation>
    </message>
</context>
<context>
    <name>pd::PayoutQueueModel</name>
    <message>
        <source>awaiting the provider</source>
        <translation>esperando al proveedor</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <source>outcome unknown: checking with the provider</source>
        <translation>resultado desconocido: se consulta al proveedor</translation>
    </message>
    <message>
        <source>needs attention: the provider does not know it</source>
        <translation>requiere atención: el proveedor no lo conoce</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source>Not covered by the reserve: %1 %2 left at %3 after the payouts above it in the queue. Approve will refuse it.</source>
        <translation>La reserva no lo cubre: quedan %1 %2 en %3 tras los pagos que van antes en la cola. Aprobar lo rechazará.</translation>
    </message>
    <message>
        <source>%1 (pinned) · %2 (sent later by the site)</source>
        <translation>%1 (fijado) · %2 (enviado después por el sitio)</translation>
    </message>
    <message>
        <source>The exchange site sent another recipient for this order. It is paid to neither until a staff member accepts the new one or keeps the pinned one, in the order&apos;s window.</source>
        <translation>El sitio de cambio envió otro destinatario para este pedido. No se paga a ninguno hasta que alguien del equipo acepte el nuevo o mantenga el fijado, en la ventana del pedido.</translation>
    </message>
    <message numerus="yes">
        <source>This recipient is on %n different orders: take a look before paying.</source>
        <translation>
            <numerusform>Este destinatario figura en %n pedido distinto: revíselo antes de pagar.</numerusform>
            <numerusform>Este destinatario figura en %n pedidos distintos: revíselo antes de pagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to choose another provider for this payout.</source>
        <translation>Doble clic para elegir otro proveedor para este pago.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>n.º %1 %2</translation>
    </message>
    <message>
        <source>Attempt %1 through %2, %3: %4</source>
        <translation>Intento %1 con %2, %3: %4</translation>
    </message>
    <message>
        <source>approved by %1, awaiting a second approval</source>
        <translation>aprobado por %1, espera una segunda aprobación</translation>
    </message>
    <message>
        <source>You approved this payout: another staff member must approve it too before it is sent.</source>
        <translation>Usted aprobó este pago: otra persona del equipo debe aprobarlo también antes de enviarlo.</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Último intento</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>No provider pays %1: set one up in the Providers tab.</source>
        <translation>Ningún proveedor paga %1: configure uno en la pestaña Proveedores.</translation>
    </message>
</context>
<context>
    <name>pd::PayoutQueuePage</name>
    <message>
        <source>Approve…</source>
        <translation>Aprobar…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>no provider pays %1</source>
        <translation>ningún proveedor paga %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Select orders that wait for a payout (payout queued) first.</source>
        <translation>Seleccione primero órdenes que esperan su pago (pago en cola).</translation>
    </message>
    <message>
        <source>Sending payouts…</source>
        <translation>Enviando pagos…</translation>
    </message>
    <message>
        <source>Cancel the rest</source>
        <translation>Cancelar el resto</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pagos</translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s) awaiting a second approval by another staff member.</source>
        <translation>
            <numerusform>%n pago a la espera de una segunda aprobación de otro miembro del personal.</numerusform>
            <numerusform>%n pagos a la espera de una segunda aprobación de otro miembro del personal.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <source>Pay the selected orders (%1)</source>
        <translation>Pagar los pedidos seleccionados (%1)</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>&amp;Retener…</translation>
    </message>
    <message>
        <source>Re&amp;lease hold…</source>
        <translation>&amp;Liberar…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>Re&amp;chazar…</translation>
    </message>
    <message>
        <source>Re&amp;try…</source>
        <translation>Rein&amp;tentar…</translation>
    </message>
    <message>
        <source>&amp;Mark paid manually…</source>
        <translation>&amp;Marcar pagado a mano…</translation>
    </message>
    <message>
        <source>Search UID, order id or recipient</source>
        <translation>Buscar UID, id de pedido o destinatario</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) shown</source>
        <translation>
            <numerusform>%n pedido mostrado</numerusform>
            <numerusform>%n pedidos mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue cannot be read: %1</source>
        <translation>No se puede leer la cola: %1</translation>
    </message>
    <message>
        <source>Whole queue</source>
        <translation>Toda la cola</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Espera aprobación</translation>
    </message>
    <message>
        <source>Payout failed</source>
        <translation>Pago fallido</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Retenidos</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Todas las monedas</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Todos los proveedores</translation>
    </message>
    <message>
        <source>Select orders to act on them; double-click or Enter opens one.</source>
        <translation>Seleccione pedidos para actuar sobre ellos; doble clic o Intro abre uno.</translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n order(s) · %1</source>
        <translation>
            <numerusform>Seleccionado: %n pedido · %1</numerusform>
            <numerusform>Seleccionados: %n pedidos · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>on hold: release it first</source>
        <translation>retenido: libérelo primero</translation>
    </message>
    <message>
        <source>its last payout failed: retry it first</source>
        <translation>su último pago falló: reinténtelo primero</translation>
    </message>
    <message>
        <source>no longer waiting for its payout</source>
        <translation>ya no espera su pago</translation>
    </message>
    <message>
        <source>a payout of it is already on its way or its outcome is not known yet</source>
        <translation>su pago ya está en camino o aún no se conoce el resultado</translation>
    </message>
    <message>
        <source>the site sent another recipient: decide in the order&apos;s window first</source>
        <translation>el sitio envió otro destinatario: decida primero en la ventana del pedido</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None of the selected orders can be sent now:</source>
        <translation>Ninguno de los pedidos seleccionados puede enviarse ahora:</translation>
    </message>
    <message>
        <source>%1 of %2 paid.</source>
        <translation>%1 de %2 pagados.</translation>
    </message>
    <message>
        <source>Select orders on hold first.</source>
        <translation>Seleccione primero pedidos retenidos.</translation>
    </message>
    <message>
        <source>Select orders whose payout failed first.</source>
        <translation>Seleccione primero pedidos cuyo pago falló.</translation>
    </message>
    <message>
        <source>Select orders in the payout queue first.</source>
        <translation>Seleccione primero pedidos de la cola de pagos.</translation>
    </message>
</context>
<context>
    <name>pd::Provider</name>
    <message>
        <source>The statement runs past %1 pages: stopped rather than read it in part.</source>
        <translation>El extracto pasa de %1 páginas: se detuvo antes que leerlo a medias.</translation>
    </message>
</context>
<context>
    <name>pd::ProviderConfigForm</name>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Secreto de API</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>Enabled: payouts may be sent through this provider</source>
        <translation>Activado: se pueden enviar pagos mediante este proveedor</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 Payout&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Pagos %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Supported currencies: %1</source>
        <translation>Monedas admitidas: %1</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Type the new secret</source>
        <translation>Escriba el nuevo secreto</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Debug log?</source>
        <translation>¿Registro de depuración?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Public IP and webhook URL</source>
        <translation>IP pública y URL de webhook</translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation>URL de webhook:</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>Dirección pública:</translation>
    </message>
    <message>
        <source>not configured (Settings → Listener)</source>
        <translation>sin configurar (Ajustes → Receptor)</translation>
    </message>
    <message>
        <source>A secret is stored in the keychain</source>
        <translation>Hay un secreto guardado en el llavero</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <source>Type the secret first.</source>
        <translation>Escriba primero el secreto.</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Guardando en el llavero…</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Guardado en el llavero.</translation>
    </message>
    <message>
        <source>Remove secret</source>
        <translation>Quitar el secreto</translation>
    </message>
    <message>
        <source>Remove %1 of %2 from the keychain? Payouts through %2 stop until a new one is saved.</source>
        <translation>¿Quitar %1 de %2 del llavero? Los pagos mediante %2 se detienen hasta que se guarde uno nuevo.</translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation>Quitado del llavero.</translation>
    </message>
    <message>
        <source>Disabled.</source>
        <translation>Desactivado.</translation>
    </message>
    <message>
        <source>Not configured yet: %1.</source>
        <translation>Aún sin configurar: %1.</translation>
    </message>
    <message>
        <source>Enabled.</source>
        <translation>Activado.</translation>
    </message>
    <message>
        <source>Stays disabled: %1</source>
        <translation>Sigue desactivado: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Connected. Balance: %1</source>
        <translation>Conectado. Saldo: %1</translation>
    </message>
    <message>
        <source>Webhook key</source>
        <translation>Clave de webhook</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secreto de webhook</translation>
    </message>
    <message>
        <source>Merchant ID</source>
        <translation>ID de comercio</translation>
    </message>
    <message>
        <source>Payout API key</source>
        <translation>Clave de API de pagos</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (opcional):</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The provider&apos;s settings cannot be read: %1</source>
        <translation>No se pueden leer los ajustes del proveedor: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>pd::ProviderProblem</name>
    <message>
        <source>The balance at %1 does not cover this payout. Top it up, then approve again.</source>
        <translation>El saldo en %1 no cubre este pago. Recárguelo y vuelva a aprobarlo.</translation>
    </message>
    <message>
        <source>%1 refuses the recipient&apos;s address. Check it with the client before paying again.</source>
        <translation>%1 rechaza la dirección del destinatario. Compruébela con el cliente antes de volver a pagar.</translation>
    </message>
    <message>
        <source>The amount is below %1&apos;s minimum for this currency and network.</source>
        <translation>El importe es inferior al mínimo de %1 para esta moneda y red.</translation>
    </message>
    <message>
        <source>The amount is above %1&apos;s limit for this account (per payout, per day or per month).</source>
        <translation>El importe supera el límite de %1 para esta cuenta (por pago, por día o por mes).</translation>
    </message>
    <message>
        <source>%1 is limiting how often the desk may call it; nothing was sent. Try again in %2 s.</source>
        <translation>%1 limita la frecuencia con la que el puesto puede llamarlo; no se envió nada. Vuelva a intentarlo dentro de %2 s.</translation>
    </message>
    <message>
        <source>%1 is limiting how often the desk may call it; nothing was sent. Try again in a minute.</source>
        <translation>%1 limita la frecuencia con la que el puesto puede llamarlo; no se envió nada. Vuelva a intentarlo dentro de un minuto.</translation>
    </message>
    <message>
        <source>%1 refuses the desk&apos;s signature: check the API key and secret in Settings → Providers.</source>
        <translation>%1 rechaza la firma del puesto: compruebe la clave de API y el secreto en Ajustes → Proveedores.</translation>
    </message>
    <message>
        <source>%1 refuses the request&apos;s nonce (another program may be using the same API key).</source>
        <translation>%1 rechaza el nonce de la solicitud (puede que otro programa esté usando la misma clave de API).</translation>
    </message>
    <message>
        <source>%1 refuses the request&apos;s time: check this computer&apos;s clock.</source>
        <translation>%1 rechaza la hora de la solicitud: compruebe el reloj de este equipo.</translation>
    </message>
    <message>
        <source>%1 requires a verification first (KYC, two-factor authentication, a whitelisted address or withdrawal permission for the API key). Finish it in the provider&apos;s account.</source>
        <translation>%1 exige antes una verificación (KYC, autenticación de dos factores, una dirección en la lista de permitidas o permiso de retirada para la clave de API). Complétela en la cuenta del proveedor.</translation>
    </message>
    <message>
        <source>%1 does not pay out this currency or network now.</source>
        <translation>%1 no paga en esta moneda o red en este momento.</translation>
    </message>
    <message>
        <source>%1 (%2 says: %3)</source>
        <translation>%1 (respuesta de %2: %3)</translation>
    </message>
</context>
<context>
    <name>pd::ProviderSettings</name>
    <message>
        <source>%1 is a secret: it is kept in the keychain, never in the order book.</source>
        <translation>%1 es un secreto: se guarda en el llavero, nunca en el libro de órdenes.</translation>
    </message>
    <message>
        <source>%1 has no setting &quot;%2&quot;.</source>
        <translation>%1 no tiene el ajuste «%2».</translation>
    </message>
    <message>
        <source>%1 set to &quot;%2&quot;</source>
        <translation>%1 establecido en «%2»</translation>
    </message>
    <message>
        <source>%1 stored in the keychain</source>
        <translation>%1 guardado en el llavero</translation>
    </message>
    <message>
        <source>%1 removed from the keychain</source>
        <translation>%1 quitado del llavero</translation>
    </message>
</context>
<context>
    <name>pd::ProvidersCommand</name>
    <message>
        <source>enabled</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>currencies: %1</source>
        <translation>monedas: %1</translation>
    </message>
    <message>
        <source>(secret stored in the keychain)</source>
        <translation>(secreto guardado en el llavero)</translation>
    </message>
    <message>
        <source>(secret not set)</source>
        <translation>(secreto sin configurar)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin configurar)</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>falta: %1</translation>
    </message>
    <message>
        <source>No provider &quot;%1&quot;. Try: payoutdesk-cli providers list</source>
        <translation>No existe el proveedor «%1». Pruebe: payoutdesk-cli providers list</translation>
    </message>
    <message>
        <source>%1 is a secret: give it on standard input, not as an argument.</source>
        <translation>%1 es un secreto: indíquelo por la entrada estándar, no como argumento.</translation>
    </message>
    <message>
        <source>No secret was given on standard input; nothing changed.</source>
        <translation>No se dio ningún secreto por la entrada estándar; no cambió nada.</translation>
    </message>
    <message>
        <source>%1 of %2 is stored in the keychain.</source>
        <translation>%1 de %2 está guardado en el llavero.</translation>
    </message>
    <message>
        <source>Give one value: payoutdesk-cli providers set %1 %2 VALUE</source>
        <translation>Indique un valor: payoutdesk-cli providers set %1 %2 VALUE</translation>
    </message>
    <message>
        <source>%1 of %2 is set.</source>
        <translation>%1 de %2 está configurado.</translation>
    </message>
    <message>
        <source>%1 has no secret &quot;%2&quot;.</source>
        <translation>%1 no tiene el secreto «%2».</translation>
    </message>
    <message>
        <source>%1 of %2 is removed from the keychain.</source>
        <translation>%1 de %2 se quitó del llavero.</translation>
    </message>
    <message>
        <source>Not configured: %1</source>
        <translation>Sin configurar: %1</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>La prueba de conexión falló: %1</translation>
    </message>
    <message>
        <source>Connected. Balances:</source>
        <translation>Conectado. Saldos:</translation>
    </message>
</context>
<context>
    <name>pd::ProvidersPage</name>
    <message>
        <source>balance unknown: %1</source>
        <translation>saldo desconocido: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n currencies</source>
        <translation>
            <numerusform>%1
%2 · %n moneda</numerusform>
            <numerusform>%1
%2 · %n monedas</numerusform>
        </translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Only an admin changes providers and their secrets.</source>
        <translation>Solo un administrador cambia los proveedores y sus secretos.</translation>
    </message>
    <message>
        <source>The providers&apos; settings cannot be read: %1</source>
        <translation>No se pueden leer los ajustes de los proveedores: %1</translation>
    </message>
</context>
<context>
    <name>pd::QueueActionDialog</name>
    <message>
        <source>Hold payouts</source>
        <translation>Retener pagos</translation>
    </message>
    <message>
        <source>Release held orders</source>
        <translation>Liberar pedidos retenidos</translation>
    </message>
    <message>
        <source>Reject payouts</source>
        <translation>Rechazar pagos</translation>
    </message>
    <message>
        <source>Retry failed payouts</source>
        <translation>Reintentar pagos fallidos</translation>
    </message>
    <message>
        <source>Mark paid manually</source>
        <translation>Marcar pagado a mano</translation>
    </message>
    <message numerus="yes">
        <source>These %n order(s) will not be paid until a staff member releases them.</source>
        <translation>
            <numerusform>Este %n pedido no se pagará hasta que alguien del equipo lo libere.</numerusform>
            <numerusform>Estos %n pedidos no se pagarán hasta que alguien del equipo los libere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why are they held?</source>
        <translation>¿Por qué se retienen?</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retener</translation>
    </message>
    <message numerus="yes">
        <source>These %n order(s) go back to where they were held from; one waiting for its payout can be approved again.</source>
        <translation>
            <numerusform>Este %n pedido vuelve a donde se retuvo; si esperaba su pago, puede aprobarse de nuevo.</numerusform>
            <numerusform>Estos %n pedidos vuelven a donde se retuvieron; los que esperaban su pago pueden aprobarse de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment (optional):</source>
        <translation>Comentario (opcional):</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message numerus="yes">
        <source>These %n order(s) will not be paid out and are marked returned: the sender is to be refunded. This cannot be undone.</source>
        <translation>
            <numerusform>Este %n pedido no se pagará y se marca como devuelto: hay que reembolsar al remitente. No se puede deshacer.</numerusform>
            <numerusform>Estos %n pedidos no se pagarán y se marcan como devueltos: hay que reembolsar a los remitentes. No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why are they rejected?</source>
        <translation>¿Por qué se rechazan?</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message numerus="yes">
        <source>These %n order(s) go back to the payout queue for a new attempt.</source>
        <translation>
            <numerusform>Este %n pedido vuelve a la cola de pagos para un nuevo intento.</numerusform>
            <numerusform>Estos %n pedidos vuelven a la cola de pagos para un nuevo intento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message numerus="yes">
        <source>These %n order(s) were paid outside the desk and are marked paid out. This cannot be undone.</source>
        <translation>
            <numerusform>Este %n pedido se pagó fuera de PayoutDesk y se marca como pagado. No se puede deshacer.</numerusform>
            <numerusform>Estos %n pedidos se pagaron fuera de PayoutDesk y se marcan como pagados. No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>External reference (transaction id, receipt number):</source>
        <translation>Referencia externa (id de la transacción, número de recibo):</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Marcar pagado</translation>
    </message>
    <message>
        <source>Type the payout&apos;s external reference to go on.</source>
        <translation>Escriba la referencia externa del pago para continuar.</translation>
    </message>
    <message>
        <source>Type a reason to go on: it is kept in each order&apos;s history.</source>
        <translation>Escriba un motivo para continuar: queda en el historial de cada pedido.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n order(s) changed.</source>
        <translation>
            <numerusform>%1 de %n pedido cambiado.</numerusform>
            <numerusform>%1 de %n pedidos cambiados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>pd::QueueActions</name>
    <message>
        <source>The external reference of the payout made outside the desk is required. Nothing was changed.</source>
        <translation>Se necesita la referencia externa del pago hecho fuera de PayoutDesk. No se cambió nada.</translation>
    </message>
    <message>
        <source>A reason is required. Nothing was changed.</source>
        <translation>Se necesita un motivo. No se cambió nada.</translation>
    </message>
    <message>
        <source>No such order in the book.</source>
        <translation>Ese pedido no está en el libro.</translation>
    </message>
    <message>
        <source>Only an order waiting for its payout can be held; this one is &quot;%1&quot;.</source>
        <translation>Solo se puede retener un pedido que espera su pago; este está «%1».</translation>
    </message>
    <message>
        <source>A payout of this order is on its way: it can be held once its outcome is known.</source>
        <translation>Un pago de este pedido está en camino: podrá retenerse cuando se conozca el resultado.</translation>
    </message>
    <message>
        <source>Payout held: %1</source>
        <translation>Pago retenido: %1</translation>
    </message>
    <message>
        <source>Held.</source>
        <translation>Retenido.</translation>
    </message>
    <message>
        <source>The order is not on hold; it is &quot;%1&quot;.</source>
        <translation>El pedido no está retenido; está «%1».</translation>
    </message>
    <message>
        <source>Hold released.</source>
        <translation>Retención liberada.</translation>
    </message>
    <message>
        <source>Hold released: %1</source>
        <translation>Retención liberada: %1</translation>
    </message>
    <message>
        <source>Released: &quot;%1&quot; again.</source>
        <translation>Liberado: de nuevo «%1».</translation>
    </message>
    <message>
        <source>Only an order waiting for its payout or on hold can be rejected; this one is &quot;%1&quot;.</source>
        <translation>Solo se puede rechazar un pedido que espera su pago o está retenido; este está «%1».</translation>
    </message>
    <message>
        <source>A payout of this order is on its way: it cannot be rejected until its outcome is known.</source>
        <translation>Un pago de este pedido está en camino: no puede rechazarse hasta conocer el resultado.</translation>
    </message>
    <message>
        <source>Payout rejected: %1</source>
        <translation>Pago rechazado: %1</translation>
    </message>
    <message>
        <source>Rejected: the order is returned, its sender is to be refunded.</source>
        <translation>Rechazado: el pedido se devuelve, hay que reembolsar al remitente.</translation>
    </message>
    <message>
        <source>Only an order whose payout failed can be retried; this one is &quot;%1&quot;.</source>
        <translation>Solo se puede reintentar un pedido cuyo pago falló; este está «%1».</translation>
    </message>
    <message>
        <source>Back in the payout queue for a new attempt.</source>
        <translation>De vuelta en la cola de pagos para un nuevo intento.</translation>
    </message>
    <message>
        <source>Back in the queue: it is sent when approved.</source>
        <translation>De vuelta en la cola: se envía al aprobarlo.</translation>
    </message>
    <message>
        <source>Paid outside the desk, reference %1</source>
        <translation>Pagado fuera de PayoutDesk, referencia %1</translation>
    </message>
    <message>
        <source>A payout of this order is being sent or processed by the provider: wait for its outcome. Nothing was changed.</source>
        <translation>Un pago de este pedido se está enviando o lo procesa el proveedor: espere el resultado. No se cambió nada.</translation>
    </message>
    <message>
        <source>The payout changed meanwhile. Nothing was changed.</source>
        <translation>El pago cambió entretanto. No se cambió nada.</translation>
    </message>
    <message>
        <source>Marked paid, reference %1.</source>
        <translation>Marcado como pagado, referencia %1.</translation>
    </message>
    <message>
        <source>Only an order waiting for its payout or on hold can be marked paid; this one is &quot;%1&quot;.</source>
        <translation>Solo se puede marcar como pagado un pedido que espera su pago o está retenido; este está «%1».</translation>
    </message>
    <message>
        <source>The order changed meanwhile (a payout claimed, an IPN, another desk): look again. Nothing was changed.</source>
        <translation>El pedido cambió entretanto (un pago reclamado, un IPN, otro puesto): vuelva a mirarlo. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>pd::RecipientReview</name>
    <message>
        <source>Say why in a comment: it stays in the order&apos;s history.</source>
        <translation>Explique el motivo en un comentario: queda en el historial de la orden.</translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation>No existe esa orden.</translation>
    </message>
    <message>
        <source>No other recipient waits for a decision on order %1.</source>
        <translation>Ningún otro destinatario espera una decisión en la orden %1.</translation>
    </message>
    <message>
        <source>The recipient waiting on order %1 changed meanwhile: look at it again.</source>
        <translation>El destinatario que esperaba en la orden %1 cambió entretanto: revíselo de nuevo.</translation>
    </message>
    <message>
        <source>Accepted the recipient the exchange site sent: %1 (was %2). %3</source>
        <translation>Se aceptó el destinatario que envió el sitio de cambio: %1 (era %2). %3</translation>
    </message>
    <message>
        <source>Kept the pinned recipient %1; refused the one the exchange site sent (%2). %3</source>
        <translation>Se conservó el destinatario fijado %1; se rechazó el que envió el sitio de cambio (%2). %3</translation>
    </message>
</context>
<context>
    <name>pd::ReconcileCommand</name>
    <message>
        <source>No provider is enabled: nothing to reconcile.</source>
        <translation>No hay ningún proveedor activado: nada que conciliar.</translation>
    </message>
    <message>
        <source>Unknown provider %1.</source>
        <translation>Proveedor desconocido %1.</translation>
    </message>
    <message>
        <source>%1, %2 to %3: %4 payout(s) in the statement, %5 matched, %6 settled, %7 mismatch(es) open.</source>
        <translation>%1, de %2 a %3: %4 pago(s) en el extracto, %5 coinciden, %6 liquidado(s), %7 discrepancia(s) abierta(s).</translation>
    </message>
    <message>
        <source>No mismatch is open.</source>
        <translation>No hay ninguna discrepancia abierta.</translation>
    </message>
    <message>
        <source>desk:</source>
        <translation>PayoutDesk:</translation>
    </message>
    <message>
        <source>provider:</source>
        <translation>proveedor:</translation>
    </message>
    <message>
        <source>%1 mismatch(es) open: resolve each with &quot;payoutdesk-cli reconcile --resolve ID --comment TEXT&quot;.</source>
        <translation>%1 discrepancia(s) abierta(s): resuelva cada una con &quot;payoutdesk-cli reconcile --resolve ID --comment TEXTO&quot;.</translation>
    </message>
    <message>
        <source>Mismatch %1 resolved.</source>
        <translation>Discrepancia %1 resuelta.</translation>
    </message>
</context>
<context>
    <name>pd::Reconciler</name>
    <message>
        <source>The period&apos;s start must be a date before its end.</source>
        <translation>El inicio del periodo debe ser anterior a su fin.</translation>
    </message>
    <message>
        <source>%1 is not configured: %2 missing.</source>
        <translation>%1 no está configurado: falta %2.</translation>
    </message>
    <message>
        <source>%1&apos;s statement could not be read: %2</source>
        <translation>No se pudo leer el extracto de %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::ReconciliationPage</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Proveedor</translation>
    </message>
    <message>
        <source>Every enabled provider</source>
        <translation>Todos los proveedores activados</translation>
    </message>
    <message>
        <source>&amp;Reconcile now</source>
        <translation>&amp;Conciliar ahora</translation>
    </message>
    <message>
        <source>Reads each provider&apos;s own books for these days (UTC) and holds them against the desk&apos;s payouts. The desk also does this every day for the day before.</source>
        <translation>Lee los propios registros de cada proveedor de estos días (UTC) y los contrasta con los pagos de PayoutDesk. PayoutDesk también lo hace cada día con el día anterior.</translation>
    </message>
    <message>
        <source>Show resolved &amp;too</source>
        <translation>Mostrar también las &amp;resueltas</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>Re&amp;solver…</translation>
    </message>
    <message>
        <source>Say how this mismatch was settled; the comment goes into the order&apos;s history.</source>
        <translation>Diga cómo se resolvió esta discrepancia; el comentario queda en el historial de la orden.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Conciliaciones</translation>
    </message>
    <message>
        <source>No mismatch is open.</source>
        <translation>No hay ninguna discrepancia abierta.</translation>
    </message>
    <message numerus="yes">
        <source>%n mismatch(es) open: each waits for a person.</source>
        <translation>
            <numerusform>%n discrepancia abierta: espera a una persona.</numerusform>
            <numerusform>%n discrepancias abiertas: cada una espera a una persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mismatches cannot be read: %1</source>
        <translation>No se pueden leer las discrepancias: %1</translation>
    </message>
    <message>
        <source>Reading the providers&apos; statements…</source>
        <translation>Leyendo los extractos de los proveedores…</translation>
    </message>
    <message>
        <source>%1: %2 in the statement, %3 matched, %4 settled, %5 open.</source>
        <translation>%1: %2 en el extracto, %3 coinciden, %4 liquidado(s), %5 abierta(s).</translation>
    </message>
    <message>
        <source>Resolve mismatch %1</source>
        <translation>Resolver la discrepancia %1</translation>
    </message>
    <message>
        <source>%1 with %2.
In the desk: %3
At the provider: %4

How was it settled? (kept in the order&apos;s history)</source>
        <translation>%1 con %2.
En PayoutDesk: %3
En el proveedor: %4

¿Cómo se resolvió? (queda en el historial de la orden)</translation>
    </message>
    <message>
        <source>Nothing was changed: a mismatch is resolved with a comment that says how.</source>
        <translation>No se cambió nada: una discrepancia se resuelve con un comentario que diga cómo.</translation>
    </message>
    <message>
        <source>Mismatch %1 resolved.</source>
        <translation>Discrepancia %1 resuelta.</translation>
    </message>
    <message>
        <source>Mismatch %1 was not resolved: %2</source>
        <translation>La discrepancia %1 no se resolvió: %2</translation>
    </message>
    <message>
        <source>Export mismatches</source>
        <translation>Exportar discrepancias</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n mismatch(es) written to %1.</source>
        <translation>
            <numerusform>%n discrepancia escrita en %1.</numerusform>
            <numerusform>%n discrepancias escritas en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ReconciliationRunModel</name>
    <message>
        <source>Ran</source>
        <translation>Ejecutada</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Period (UTC)</source>
        <translation>Periodo (UTC)</translation>
    </message>
    <message>
        <source>In the statement</source>
        <translation>En el extracto</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Coinciden</translation>
    </message>
    <message>
        <source>Mismatches open</source>
        <translation>Discrepancias abiertas</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Liquidados</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
</context>
<context>
    <name>pd::ReconciliationService</name>
    <message>
        <source>No provider is enabled: nothing to reconcile.</source>
        <translation>No hay ningún proveedor activado: nada que conciliar.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::Reconciliations</name>
    <message>
        <source>Reconciliation of %1 from %2 to %3: %4 mismatch(es) open.</source>
        <translation>Conciliación de %1 de %2 a %3: %4 discrepancia(s) abierta(s).</translation>
    </message>
    <message>
        <source>Say in a comment how the mismatch was resolved.</source>
        <translation>Diga en un comentario cómo se resolvió la discrepancia.</translation>
    </message>
    <message>
        <source>No mismatch %1.</source>
        <translation>No existe la discrepancia %1.</translation>
    </message>
    <message>
        <source>Mismatch %1 was resolved already, by %2.</source>
        <translation>La discrepancia %1 ya fue resuelta por %2.</translation>
    </message>
    <message>
        <source>Reconciliation mismatch %1 (%2, %3) resolved: %4</source>
        <translation>Discrepancia de conciliación %1 (%2, %3) resuelta: %4</translation>
    </message>
</context>
<context>
    <name>pd::ReserveBanner</name>
    <message>
        <source>reserve %1 (balance %2)</source>
        <translation>reserva %1 (saldo %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, covers all %n payout(s) (%2)</source>
        <translation>
            <numerusform>%1, cubre %n pago (%2)</numerusform>
            <numerusform>%1, cubre los %n pagos (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, covers %2 of %n payout(s) (%3 of %4)</source>
        <translation>
            <numerusform>%1, cubre %2 de %n pago (%3 de %4)</numerusform>
            <numerusform>%1, cubre %2 de %n pagos (%3 de %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2:</source>
        <translation>%1 %2:</translation>
    </message>
    <message numerus="yes">
        <source>%1 the provider is disabled, its %n payout(s) cannot be sent</source>
        <translation>
            <numerusform>%1 el proveedor está desactivado, su %n pago no se puede enviar</numerusform>
            <numerusform>%1 el proveedor está desactivado, sus %n pagos no se pueden enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reading the balance…</source>
        <translation>%1 leyendo el saldo…</translation>
    </message>
    <message>
        <source>%1 the balance cannot be read (%2), so what the reserve covers is not known</source>
        <translation>%1 no se puede leer el saldo (%2), así que no se sabe qué cubre la reserva</translation>
    </message>
    <message>
        <source>%1 the reserve cannot be counted: %2</source>
        <translation>%1 no se puede calcular la reserva: %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Reserve: no payout waits for approval.</source>
        <translation>Reserva: ningún pago espera aprobación.</translation>
    </message>
    <message numerus="yes">
        <source>Reserve covers %1 of %n payout(s)</source>
        <translation>
            <numerusform>La reserva cubre %1 de %n pago</numerusform>
            <numerusform>La reserva cubre %1 de %n pagos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n short</source>
        <translation>
            <numerusform>falta %n</numerusform>
            <numerusform>faltan %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not known yet</source>
        <translation>
            <numerusform>%n aún sin conocer</numerusform>
            <numerusform>%n aún sin conocer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::SandboxCommand</name>
    <message>
        <source>Give the API secret on standard input (one line); it is never printed.</source>
        <translation>Indique el secreto de API por la entrada estándar (una línea); nunca se muestra.</translation>
    </message>
    <message>
        <source>A balance is CURRENCY=AMOUNT, e.g. USDT=1000.00; not &quot;%1&quot;.</source>
        <translation>Un saldo es MONEDA=IMPORTE, p. ej. USDT=1000.00; no «%1».</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>No se puede escuchar en %1:%2.</translation>
    </message>
    <message>
        <source>Sandbox provider listening on %1 (API key %2). Ctrl+C stops it.</source>
        <translation>El proveedor sandbox escucha en %1 (clave de API %2). Ctrl+C lo detiene.</translation>
    </message>
    <message>
        <source>Cannot read the ledger at %1: %2</source>
        <translation>No se puede leer el libro de pagos en %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::SandboxProvider</name>
    <message>
        <source>The balance of %1 is not a decimal amount.</source>
        <translation>El saldo de %1 no es un importe decimal.</translation>
    </message>
    <message>
        <source>The transfer&apos;s answer has no ok 1/2 and transaction id.</source>
        <translation>La respuesta a la transferencia no tiene ok 1/2 ni id de transacción.</translation>
    </message>
    <message>
        <source>The transaction&apos;s answer has no id.</source>
        <translation>La respuesta de la transacción no tiene id.</translation>
    </message>
    <message>
        <source>The webhook&apos;s timestamp is missing or more than 5 minutes off.</source>
        <translation>La marca de tiempo del webhook falta o se desvía más de 5 minutos.</translation>
    </message>
    <message>
        <source>The webhook&apos;s signature does not match.</source>
        <translation>La firma del webhook no coincide.</translation>
    </message>
    <message>
        <source>The webhook names no transaction.</source>
        <translation>El webhook no indica ninguna transacción.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s statement has no payouts.</source>
        <translation>El extracto del sandbox no tiene payouts.</translation>
    </message>
    <message>
        <source>A payout in the sandbox&apos;s statement has no id or amount.</source>
        <translation>Un pago del extracto del sandbox no tiene id o importe.</translation>
    </message>
</context>
<context>
    <name>pd::SecretEditor</name>
    <message>
        <source>Type the new secret</source>
        <translation>Escriba el nuevo secreto</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation>Consultando el llavero…</translation>
    </message>
    <message>
        <source>A secret is stored in the keychain</source>
        <translation>Hay un secreto guardado en el llavero</translation>
    </message>
    <message>
        <source>Not set: type it and press Save</source>
        <translation>Sin configurar: escríbalo y pulse Guardar</translation>
    </message>
    <message>
        <source>The keychain cannot be reached</source>
        <translation>No se puede acceder al llavero</translation>
    </message>
    <message>
        <source>Type the secret first.</source>
        <translation>Escriba primero el secreto.</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Guardando en el llavero…</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Guardado en el llavero.</translation>
    </message>
    <message>
        <source>Remove secret</source>
        <translation>Quitar el secreto</translation>
    </message>
    <message>
        <source>Remove this secret from the keychain?</source>
        <translation>¿Quitar este secreto del llavero?</translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation>Quitado del llavero.</translation>
    </message>
</context>
<context>
    <name>pd::SettingsDialog</name>
    <message>
        <source>Listen for provider webhooks and the exchange site&apos;s IPNs</source>
        <translation>Recibir los webhooks de los proveedores y los IPN del sitio de cambio</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>https://desk.example.com (optional)</source>
        <translation>https://desk.example.com (opcional)</translation>
    </message>
    <message>
        <source>The IP address providers see, for their allow-lists (optional)</source>
        <translation>La dirección IP que ven los proveedores, para sus listas de permitidos (opcional)</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation>URL pública:</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>Dirección pública:</translation>
    </message>
    <message>
        <source>The listener starts with the desk: changes to it apply the next time PayoutDesk starts.</source>
        <translation>El receptor arranca con el puesto: los cambios se aplican la próxima vez que se inicie PayoutDesk.</translation>
    </message>
    <message>
        <source>https://www.kryptoswap.io — for the client&apos;s payment links</source>
        <translation>https://www.kryptoswap.io — para los enlaces de pago del cliente</translation>
    </message>
    <message>
        <source>the site&apos;s own address, unless its API lives elsewhere</source>
        <translation>la dirección del propio sitio, salvo que su API esté en otro lugar</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>none (sent once, as the protocol says)</source>
        <translation>ninguno (se envía una vez, como dice el protocolo)</translation>
    </message>
    <message>
        <source>Exchange site</source>
        <translation>Sitio de cambio</translation>
    </message>
    <message>
        <source>Site address:</source>
        <translation>Dirección del sitio:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Dirección de la API:</translation>
    </message>
    <message>
        <source>Language of links:</source>
        <translation>Idioma de los enlaces:</translation>
    </message>
    <message>
        <source>Accept IPNs sent within:</source>
        <translation>Aceptar los IPN enviados en un plazo de:</translation>
    </message>
    <message>
        <source>Retries of the desk&apos;s IPNs:</source>
        <translation>Reintentos de los IPN del puesto:</translation>
    </message>
    <message>
        <source>IPN secret:</source>
        <translation>Secreto IPN:</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>Token de API:</translation>
    </message>
    <message>
        <source>Remove the IPN secret from the keychain? Every IPN is refused until a new one is saved.</source>
        <translation>¿Quitar el secreto IPN del llavero? Se rechazarán todos los IPN hasta que se guarde uno nuevo.</translation>
    </message>
    <message>
        <source>Remove the site&apos;s API token from the keychain? New orders cannot be created until a new one is saved.</source>
        <translation>¿Quitar el token de API del sitio del llavero? No se podrán crear órdenes nuevas hasta que se guarde uno nuevo.</translation>
    </message>
    <message>
        <source>Secrets are kept in the keychain and saved at once with their own Save.</source>
        <translation>Los secretos se guardan en el llavero, al momento, con su propio botón Guardar.</translation>
    </message>
    <message>
        <source>Default payout provider</source>
        <translation>Proveedor de pagos por defecto</translation>
    </message>
    <message>
        <source>The provider the payout queue and payoutdesk-cli choose for each currency.</source>
        <translation>El proveedor que la cola de pagos y payoutdesk-cli eligen para cada moneda.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>(first that serves it)</source>
        <translation>(el primero que la atiende)</translation>
    </message>
    <message>
        <source>%1 (does not serve %2)</source>
        <translation>%1 (no atiende %2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Write the address providers call back on, starting with https:// (or http://), or leave it empty.</source>
        <translation>Escriba la dirección a la que llaman los proveedores, empezando por https:// (o http://), o déjela vacía.</translation>
    </message>
    <message>
        <source>Write the site&apos;s address starting with https:// (or http://), or leave it empty.</source>
        <translation>Escriba la dirección del sitio empezando por https:// (o http://), o déjela vacía.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Ajustes no guardados</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Este puesto</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Only an admin changes the order book&apos;s settings.</source>
        <translation>Solo un administrador cambia los ajustes del libro de órdenes.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The order book&apos;s settings cannot be read: %1</source>
        <translation>No se pueden leer los ajustes del libro de pedidos: %1</translation>
    </message>
    <message>
        <source>Not in the activity log</source>
        <translation>No está en el registro de actividad</translation>
    </message>
    <message>
        <source>The change of %1 is done, but the activity log does not have it: %2</source>
        <translation>El cambio de %1 está hecho, pero el registro de actividad no lo tiene: %2</translation>
    </message>
</context>
<context>
    <name>pd::SettingsService</name>
    <message>
        <source>%1 cleared</source>
        <translation>%1 borrado</translation>
    </message>
    <message>
        <source>%1 set to &quot;%2&quot;</source>
        <translation>%1 = «%2»</translation>
    </message>
    <message>
        <source>%1 stored in the keychain</source>
        <translation>%1 guardado en el llavero</translation>
    </message>
    <message>
        <source>%1 removed from the keychain</source>
        <translation>%1 quitado del llavero</translation>
    </message>
</context>
<context>
    <name>pd::Staff</name>
    <message>
        <source>Viewer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>The login %1 is not on this order book&apos;s staff. An admin adds it in Edit → Staff….</source>
        <translation>El login %1 no está en el personal de este libro de órdenes. Un administrador lo añade en Editar → Personal….</translation>
    </message>
    <message>
        <source>On one desk the OS user is the admin: staff and roles belong to a team&apos;s order book on PostgreSQL.</source>
        <translation>En un solo puesto el usuario del sistema es el administrador: el personal y los roles son de un libro de órdenes de equipo en PostgreSQL.</translation>
    </message>
    <message>
        <source>A staff member needs the PostgreSQL login they sign in with.</source>
        <translation>Un miembro del personal necesita el login de PostgreSQL con el que entra.</translation>
    </message>
    <message>
        <source>%1 is not on the staff.</source>
        <translation>%1 no está en el personal.</translation>
    </message>
</context>
<context>
    <name>pd::StaffDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Remove selected…</source>
        <translation>&amp;Quitar el seleccionado…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>PostgreSQL login</source>
        <translation>Login de PostgreSQL</translation>
    </message>
    <message>
        <source>Name shown to the team</source>
        <translation>Nombre que ve el equipo</translation>
    </message>
    <message>
        <source>Viewers read and export. Operators also approve payouts within the limits, hold and reject. Admins also manage providers, secrets, limits and staff. Each member signs in with their own PostgreSQL login (an existing one: CREATE ROLE name LOGIN PASSWORD …); the server itself enforces the role.</source>
        <translation>Los observadores leen y exportan. Los operadores además aprueban pagos dentro de los límites, retienen y rechazan. Los administradores además gestionan proveedores, secretos, límites y personal. Cada miembro entra con su propio login de PostgreSQL (uno existente: CREATE ROLE name LOGIN PASSWORD …); el propio servidor hace cumplir el rol.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 es ahora %2.</translation>
    </message>
    <message>
        <source>Remove from the staff</source>
        <translation>Quitar del personal</translation>
    </message>
    <message>
        <source>%1 will no longer be able to open this order book. Remove?</source>
        <translation>%1 ya no podrá abrir este libro de órdenes. ¿Quitar?</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 quitado.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>pd::TlsSupport</name>
    <message>
        <source>Qt&apos;s TLS backend is &quot;%1&quot;, not OpenSSL, so no provider can be reached over HTTPS. Install OpenSSL 3 (Debian&apos;s libssl3) and Qt&apos;s network module (libqt6network6).</source>
        <translation>El backend TLS de Qt es «%1», no OpenSSL, así que no se puede llegar a ningún proveedor por HTTPS. Instale OpenSSL 3 (el paquete libssl3 de Debian) y el módulo de red de Qt (libqt6network6).</translation>
    </message>
    <message>
        <source>Qt&apos;s OpenSSL backend could not load OpenSSL, so no provider can be reached over HTTPS. Install OpenSSL 3 (Debian&apos;s libssl3).</source>
        <translation>El backend OpenSSL de Qt no pudo cargar OpenSSL, así que no se puede llegar a ningún proveedor por HTTPS. Instale OpenSSL 3 (el paquete libssl3 de Debian).</translation>
    </message>
</context>
<context>
    <name>pd::WebhookRoute</name>
    <message>
        <source>Webhooks are not taken at the moment.</source>
        <translation>En este momento no se aceptan webhooks.</translation>
    </message>
    <message>
        <source>Webhooks are sent with POST.</source>
        <translation>Los webhooks se envían con POST.</translation>
    </message>
    <message>
        <source>No provider &quot;%1&quot; is built in.</source>
        <translation>No hay ningún proveedor integrado «%1».</translation>
    </message>
    <message>
        <source>The body has %1 bytes, more than the %2 a webhook may have.</source>
        <translation>El cuerpo tiene %1 bytes, más de los %2 que puede tener un webhook.</translation>
    </message>
    <message>
        <source>%1 is not configured: %2 missing.</source>
        <translation>%1 no está configurado: falta %2.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 está desactivado.</translation>
    </message>
    <message>
        <source>The webhook was refused by the adapter.</source>
        <translation>El adaptador rechazó el webhook.</translation>
    </message>
    <message>
        <source>Webhook from %1 for transaction %2, which is not one of ours: ignored.</source>
        <translation>Webhook de %1 para la transacción %2, que no es nuestra: ignorado.</translation>
    </message>
    <message>
        <source>Webhook from %1 refused (HTTP %2): %3</source>
        <translation>Webhook de %1 rechazado (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Transaction %1.</source>
        <translation>Transacción %1.</translation>
    </message>
    <message>
        <source>The webhook&apos;s nonce %1 is not above the last one taken (%2): a replay.</source>
        <translation>El nonce del webhook %1 no es mayor que el último aceptado (%2): es una repetición.</translation>
    </message>
    <message>
        <source>The book cannot be written: %1</source>
        <translation>No se puede escribir en el libro de órdenes: %1</translation>
    </message>
</context>
<context>
    <name>pd::WhiteBitProvider</name>
    <message>
        <source>WhiteBIT&apos;s balance of %1 is not a decimal amount.</source>
        <translation>El saldo de %1 en WhiteBIT no es un importe decimal.</translation>
    </message>
    <message>
        <source>WhiteBIT answered the withdrawal with HTTP %1, not 201.</source>
        <translation>WhiteBIT respondió a la retirada con HTTP %1, no 201.</translation>
    </message>
    <message>
        <source>WhiteBIT&apos;s history has no records.</source>
        <translation>El historial de WhiteBIT no tiene registros.</translation>
    </message>
    <message>
        <source>WhiteBIT status 5: the withdrawal waits for the account owner&apos;s confirmation.</source>
        <translation>Estado 5 de WhiteBIT: la retirada espera la confirmación del titular de la cuenta.</translation>
    </message>
    <message>
        <source>WhiteBIT status 18: only part was paid (%1 of %2). Settle the rest by hand.</source>
        <translation>Estado 18 de WhiteBIT: solo se pagó una parte (%1 de %2). Liquide el resto a mano.</translation>
    </message>
    <message>
        <source>WhiteBIT status 21: frozen by WhiteBIT&apos;s AML review; contact their support.</source>
        <translation>Estado 21 de WhiteBIT: congelado por la revisión AML de WhiteBIT; contacte con su soporte.</translation>
    </message>
    <message>
        <source>WhiteBIT&apos;s webhook key and secret are not set.</source>
        <translation>La clave y el secreto de webhook de WhiteBIT no están configurados.</translation>
    </message>
    <message>
        <source>The webhook&apos;s X-TXC-APIKEY is not the webhook key.</source>
        <translation>El X-TXC-APIKEY del webhook no es la clave de webhook.</translation>
    </message>
    <message>
        <source>The webhook&apos;s signature does not match.</source>
        <translation>La firma del webhook no coincide.</translation>
    </message>
    <message>
        <source>The webhook names no uniqueId.</source>
        <translation>El webhook no indica ningún uniqueId.</translation>
    </message>
    <message>
        <source>The webhook carries no nonce.</source>
        <translation>El webhook no trae nonce.</translation>
    </message>
    <message>
        <source>WhiteBIT lists only its latest %1 withdrawals, and the period starts before them: reconcile more often, or read the rest in WhiteBIT&apos;s cabinet.</source>
        <translation>WhiteBIT solo lista sus últimos %1 retiros y el periodo empieza antes: concilie más a menudo o vea el resto en el panel de WhiteBIT.</translation>
    </message>
    <message>
        <source>A withdrawal in WhiteBIT&apos;s history has no amount.</source>
        <translation>Un retiro del historial de WhiteBIT no tiene importe.</translation>
    </message>
</context>
</TS>
